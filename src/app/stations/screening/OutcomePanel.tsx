// The verdict the rules give for what has been answered, live, with every finding in words; none
// until the answers give one (an unanswered question is never taken for "no").
import type { ScreeningReason, ScreeningResult } from '../../../domain/screening';
import type { Translate } from '../../../i18n/i18n';
import { useApp } from '../../context';
import { rangeText } from './VitalsFields';
import '../shared/outcome.css';

export function reasonText(reason: ScreeningReason, t: Translate): string {
  if (reason.kind === 'item') return t(`screening.item.${reason.item}`);
  return t('screening.vitalReason', {
    vital: t(`vital.${reason.vital}`),
    value: reason.value,
    range: rangeText(reason.vital, t),
  });
}

export interface OutcomePanelProps {
  /** Null while the answers do not decide yet. */
  result: ScreeningResult | null;
  /** The product not to give again, when the contraindication names one. */
  avoidVaccine?: string;
}

export function OutcomePanel({ result, avoidVaccine }: OutcomePanelProps) {
  const { t } = useApp();
  if (result === null) {
    return (
      <div class="outcome outcome-pending" role="status">
        <p class="outcome-title">
          {t('screening.outcome')}: {t('screening.outcomePending')}
        </p>
      </div>
    );
  }
  return (
    <div class={`outcome outcome-${result.outcome}`} role="status">
      <p class="outcome-title">
        {t('screening.outcome')}: <strong>{t(`outcome.${result.outcome}`)}</strong>
      </p>
      {result.reasons.length > 0 && (
        <ul>
          {result.reasons.map((reason) => (
            <li key={reason.kind === 'item' ? reason.item : reason.vital}>
              {t(`outcome.${reason.outcome}`)}: {reasonText(reason, t)}
            </li>
          ))}
        </ul>
      )}
      {avoidVaccine && <p>{t('screening.avoidVaccine', { vaccine: avoidVaccine })}</p>}
    </div>
  );
}
