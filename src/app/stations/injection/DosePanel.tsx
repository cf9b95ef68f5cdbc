// The dose this injection will be, from the citizen's history and the chosen lot: shown, never
// typed. Each warning must be overridden with a reason before the dose can be recorded.
import type { DosePlan, DoseWarning } from '../../../domain/injection-plan';
import type { PreviousDose } from '../../../domain/protocol';
import { formatDate } from '../../../i18n/format';
import type { Translate } from '../../../i18n/i18n';
import { useApp } from '../../context';
import { vaccineName } from '../shared/CitizenSummary';

export interface DosePanelProps {
  plan: DosePlan;
  vaccine: string;
  previousDoses: readonly PreviousDose[];
  avoidVaccine?: string;
  overrideReason: string;
  showMissing: boolean;
  onOverrideReason(reason: string): void;
}

function warningText(w: DoseWarning, p: DosePanelProps, t: Translate): string {
  if (w === 'too-early') {
    return t('checkin.tooEarly', {
      n: p.plan.doseNumber,
      date: p.plan.earliest ? formatDate(p.plan.earliest) : '—',
    });
  }
  if (w === 'series-vaccine-mismatch') {
    const first = [...p.previousDoses].sort((a, b) => a.date.localeCompare(b.date))[0];
    return t('injection.seriesMismatch', {
      series: first ? vaccineName(first.vaccine) : '—',
      vaccine: vaccineName(p.vaccine),
    });
  }
  return t('injection.contraindicated', { vaccine: vaccineName(p.avoidVaccine ?? p.vaccine) });
}

export function DosePanel(props: DosePanelProps) {
  const { t } = useApp();
  const { plan } = props;
  const missing = props.showMissing && props.overrideReason.trim() === '';
  return (
    <div class="dose">
      <p class="dose-number">
        {t('injection.dose', { n: plan.doseNumber, kind: t(`doseKind.${plan.doseKind}`) })}
      </p>
      {plan.warnings.length > 0 && (
        <>
          <div class="warnings" role="alert">
            <p class="warnings-title">{t('injection.warnings')}</p>
            <ul>
              {plan.warnings.map((w) => (
                <li key={w}>{warningText(w, props, t)}</li>
              ))}
            </ul>
          </div>
          <label class="field">
            <span>{t('injection.overrideReason')}</span>
            <textarea
              class="input"
              rows={2}
              maxLength={500}
              value={props.overrideReason}
              aria-invalid={missing ? true : undefined}
              onInput={(e) => props.onOverrideReason(e.currentTarget.value)}
            />
          </label>
        </>
      )}
    </div>
  );
}
