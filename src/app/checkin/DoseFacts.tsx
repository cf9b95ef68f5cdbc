// The doses a citizen had and the dose due next, as <dt>/<dd> pairs inside the caller's <dl>:
// the same words for a registration and for a scanned certificate.
import { doseDue } from '../../domain/dose-due';
import type { PreviousDose } from '../../domain/protocol';
import { vaccineByCode } from '../../domain/vaccines';
import { formatDate } from '../../i18n/format';
import { useApp } from '../context';

export function DoseFacts({ doses, today }: { doses: readonly PreviousDose[]; today: string }) {
  const { t } = useApp();
  const due = doseDue(doses, today);
  const dueDate = due.earliest && formatDate(due.earliest);
  return (
    <>
      <dt>{t('checkin.previousDoses')}</dt>
      <dd>
        {doses.length === 0 ? (
          t('checkin.noDoses')
        ) : (
          <ul class="doses">
            {doses.map((d) => (
              <li key={`${d.doseNumber}:${d.date}`}>
                {t('checkin.dose', {
                  n: d.doseNumber,
                  vaccine: vaccineByCode(d.vaccine)?.name ?? d.vaccine,
                  date: formatDate(d.date),
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('checkin.doseDue')}</dt>
      <dd class="dose-due">
        {!dueDate
          ? t('checkin.dueFirst')
          : due.doseKind === 'booster'
            ? t('checkin.dueBooster', { n: due.doseNumber, date: dueDate })
            : t('checkin.duePrimary', {
                n: due.doseNumber,
                vaccine: vaccineByCode(due.vaccine ?? '')?.name ?? due.vaccine ?? '',
                date: dueDate,
              })}
      </dd>
    </>
  );
}
