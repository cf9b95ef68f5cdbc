// Reactions seen during observation, each marked mild, moderate or severe; anaphylaxis instead by
// its Brighton level (it is never mild). Tapping the marked button again clears it (the reaction
// was not seen after all).
import {
  BRIGHTON_LEVELS,
  REACTIONS,
  SEVERITIES,
  type ReactionCode,
} from '../../../domain/observation';
import { useId } from 'preact/hooks';
import { useApp } from '../../context';
import type { Marks, ReactionMark } from './release-draft';
import './ReactionList.css';

export interface ReactionListProps {
  value: Marks;
  onChange(code: ReactionCode, mark: ReactionMark | undefined): void;
}

interface Choice {
  key: string;
  label: string;
  mark: ReactionMark;
}

export function ReactionList({ value, onChange }: ReactionListProps) {
  const { t } = useApp();
  const id = useId();
  const choicesOf = (code: ReactionCode): Choice[] =>
    code === 'anaphylaxis'
      ? BRIGHTON_LEVELS.map((brighton) => ({
          key: `brighton-${brighton}`,
          label: t(`brighton.${brighton}`),
          mark: { severity: 'severe', brighton },
        }))
      : SEVERITIES.map((severity) => ({
          key: `severity-${severity}`,
          label: t(`severity.${severity}`),
          mark: { severity },
        }));
  const same = (a: ReactionMark | undefined, b: ReactionMark) =>
    a?.severity === b.severity && a.brighton === b.brighton;
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
            <span
              class="severity-buttons"
              role="group"
              aria-labelledby={`${id}-${code}`}
              aria-describedby={code === 'anaphylaxis' ? `${id}-brighton` : undefined}
            >
              {choicesOf(code).map(({ key, label, mark }) => (
                <button
                  key={key}
                  type="button"
                  class={`toggle severity-${mark.severity}`}
                  aria-pressed={same(value[code], mark)}
                  onClick={() => onChange(code, same(value[code], mark) ? undefined : mark)}
                >
                  {label}
                </button>
              ))}
            </span>
            {code === 'anaphylaxis' && (
              <small id={`${id}-brighton`} class="muted brighton-hint">
                {t('observation.brightonHint')}
              </small>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
