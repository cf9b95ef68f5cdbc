// The person being screened or injected, large enough to compare with who is sitting there, and
// the doses they already had.
import { vaccineByCode } from '../../../domain/vaccines';
import { formatDate } from '../../../i18n/format';
import { useApp } from '../../context';
import type { VisitDetail } from '../../../services/contracts';
import { IdentityFacts } from '../../components/IdentityFacts';
import './CitizenSummary.css';

export const vaccineName = (code: string): string => vaccineByCode(code)?.name ?? code;

export function CitizenSummary({ detail, today }: { detail: VisitDetail; today: string }) {
  const { t } = useApp();
  const { citizen } = detail.checkin.data;
  return (
    <div class="citizen">
      <p class="citizen-name">{citizen.fullName}</p>
      <dl class="facts">
        <IdentityFacts citizen={citizen} today={today} />
        <dt>{t('checkin.previousDoses')}</dt>
        <dd>
          {detail.doses.length === 0 ? (
            t('checkin.noDoses')
          ) : (
            <ul class="doses">
              {detail.doses.map((d) => (
                <li key={`${d.doseNumber}:${d.date}:${d.vaccine}`}>
                  {t('checkin.dose', {
                    n: d.doseNumber,
                    vaccine: vaccineName(d.vaccine),
                    date: formatDate(d.date),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('certificate.label')}</dt>
        <dd>
          <span class={`cert-chip cert-chip-${detail.certificate}`}>
            {t(`certificate.${detail.certificate}`)}
          </span>
        </dd>
      </dl>
    </div>
  );
}
