// The Ministry of Health checklist, only the questions that apply to this person, each answered
// with a Có / Không pair; every answer stays on screen and can be changed.
import { useId } from 'preact/hooks';
import type { ScreeningItemId } from '../../../domain/screening';
import { useApp } from '../../context';
import './ScreeningChecklist.css';

export interface ScreeningChecklistProps {
  asked: readonly ScreeningItemId[];
  answers: Record<string, boolean>;
  /** After a refused save: unanswered questions are marked. */
  showMissing: boolean;
  onAnswers(answers: Partial<Record<ScreeningItemId, boolean>>): void;
}

export function ScreeningChecklist({
  asked,
  answers,
  showMissing,
  onAnswers,
}: ScreeningChecklistProps) {
  const { t } = useApp();
  const id = useId();
  return (
    <>
      <h3 class="sr-only">{t('screening.checklist')}</h3>
      <ol class="checklist">
        {asked.map((item) => {
          const answer = answers[item];
          const missing = showMissing && typeof answer !== 'boolean';
          return (
            <li key={item} class={`check-item ${missing ? 'is-missing' : ''}`}>
              <span id={`${id}-${item}`} class="check-question">
                {t(`screening.item.${item}`)}
              </span>
              <div class="yes-no" role="group" aria-labelledby={`${id}-${item}`}>
                <button
                  type="button"
                  class="toggle toggle-yes"
                  aria-pressed={answer === true}
                  onClick={() => onAnswers({ [item]: true })}
                >
                  {t('screening.yes')}
                </button>
                <button
                  type="button"
                  class="toggle"
                  aria-pressed={answer === false}
                  onClick={() => onAnswers({ [item]: false })}
                >
                  {t('screening.no')}
                </button>
              </div>
              {missing && <small class="error">{t('screening.answerThis')}</small>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
