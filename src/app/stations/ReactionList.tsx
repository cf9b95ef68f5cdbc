// Reactions seen during observation, each marked mild, moderate or severe; tapping the marked
// severity again clears it (the reaction was not seen after all).
import { REACTIONS, type ReactionCode, type Severity } from '../../domain/observation';
import { useId } from 'preact/hooks';
import { useApp } from '../context';

const SEVERITIES: readonly Severity[] = ['mild', 'moderate', 'severe'];

export interface ReactionListProps {
  value: Partial<Record<ReactionCode, Severity>>;
  onChange(code: ReactionCode, severity: Severity | undefined): void;
}

export function ReactionList({ value, onChange }: ReactionListProps) {
  const { t } = useApp();
  const id = useId();
  return (
    <fieldset class="field reactions">
      <legend>{t('observation.reactions')}</legend>
      <p class="muted">{t('observation.reactionsHint')}</p>
      <ul class="reaction-list">
        {REACTIONS.map((code) => (
          <li key={code} class={value[code] ? 'has-reaction' : ''}>
            <span id={`${id}-${code}`} class="reaction-name">
              {t(`reaction.${code}`)}
            </span>
            <span class="severity-buttons" role="group" aria-labelledby={`${id}-${code}`}>
              {SEVERITIES.map((severity) => (
                <button
                  key={severity}
                  type="button"
                  class={`toggle severity-${severity}`}
                  aria-pressed={value[code] === severity}
                  onClick={() => onChange(code, value[code] === severity ? undefined : severity)}
                >
                  {t(`severity.${severity}`)}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
