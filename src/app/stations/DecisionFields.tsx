// The screener's decision (preselected from the outcome), the consent it needs to proceed, a note.
import { useId } from 'preact/hooks';
import type { ScreeningData } from '../../domain/records';
import { useApp } from '../context';

type Decision = ScreeningData['decision'];
const DECISIONS: readonly Decision[] = ['proceed', 'defer', 'refer'];

export interface DecisionFieldsProps {
  decision: Decision;
  consent: boolean;
  note: string;
  showMissing: boolean;
  onDecision(decision: Decision): void;
  onConsent(consent: boolean): void;
  onNote(note: string): void;
}

export function DecisionFields(props: DecisionFieldsProps) {
  const { t } = useApp();
  const name = useId();
  const consentMissing = props.showMissing && props.decision === 'proceed' && !props.consent;
  return (
    <>
      <fieldset class="field decision">
        <legend>{t('screening.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} class={`choice ${d === props.decision ? 'is-chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={d}
              checked={d === props.decision}
              onChange={() => props.onDecision(d)}
            />
            <span>{t(`decision.${d}`)}</span>
          </label>
        ))}
      </fieldset>
      {props.decision === 'proceed' && (
        <label class={`checkbox ${consentMissing ? 'is-missing' : ''}`}>
          <input
            type="checkbox"
            checked={props.consent}
            onChange={(e) => props.onConsent(e.currentTarget.checked)}
          />
          <span>{t('screening.consent')}</span>
        </label>
      )}
      <label class="field">
        <span>
          {t('screening.note')} <span class="muted">{t('checkin.optional')}</span>
        </span>
        <textarea
          class="input"
          rows={2}
          maxLength={500}
          value={props.note}
          onInput={(e) => props.onNote(e.currentTarget.value)}
        />
      </label>
    </>
  );
}
