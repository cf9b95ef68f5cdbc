// The screener's decision (suggested by the verdict once there is one, never before), the consent
// it needs to proceed; and the optional note.
import { useId } from 'preact/hooks';
import type { ScreeningData } from '../../../domain/records';
import { useApp } from '../../context';

type Decision = ScreeningData['decision'];
const DECISIONS: readonly Decision[] = ['proceed', 'defer', 'refer'];

export interface DecisionFieldsProps {
  decision: Decision | null;
  consent: boolean;
  showMissing: boolean;
  onDecision(decision: Decision): void;
  onConsent(consent: boolean): void;
}

export function DecisionFields(props: DecisionFieldsProps) {
  const { t } = useApp();
  const name = useId();
  const consentMissing = props.showMissing && props.decision === 'proceed' && !props.consent;
  return (
    <>
      <fieldset
        class={`field decision ${props.showMissing && props.decision === null ? 'is-missing' : ''}`}
      >
        <legend class="sr-only">{t('screening.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} class={`choice ${d === props.decision ? 'is-chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={d}
              checked={d === props.decision}
              onChange={() => props.onDecision(d)}
            />
            <span>{t(`decisionShort.${d}`)}</span>
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
    </>
  );
}

export function NoteField({ note, onNote }: { note: string; onNote(note: string): void }) {
  const { t } = useApp();
  return (
    <label class="field note-field">
      <span>
        {t('screening.note')} <span class="muted">{t('checkin.optional')}</span>
      </span>
      <input
        class="input"
        type="text"
        maxLength={500}
        value={note}
        onInput={(e) => onNote(e.currentTarget.value)}
      />
    </label>
  );
}
