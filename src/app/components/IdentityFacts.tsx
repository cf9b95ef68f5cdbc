// Date of birth with age, sex and ID number: the facts a person at any table checks against the
// card, as <dt>/<dd> pairs inside the caller's <dl>.
import type { Citizen } from '../../domain/records';
import { ageOn } from '../../domain/age';
import { formatDate } from '../../i18n/format';
import { useApp } from '../context';

export function IdentityFacts({ citizen, today }: { citizen: Citizen; today: string }) {
  const { t } = useApp();
  return (
    <>
      <dt>{t('checkin.dob')}</dt>
      <dd>
        {formatDate(citizen.dob)} ({t('checkin.age', { n: ageOn(citizen.dob, today) })})
      </dd>
      <dt>{t('checkin.sex')}</dt>
      <dd>{t(citizen.sex === 'M' ? 'checkin.male' : 'checkin.female')}</dd>
      <dt>{t('checkin.id')}</dt>
      <dd>{citizen.id ?? '—'}</dd>
    </>
  );
}
