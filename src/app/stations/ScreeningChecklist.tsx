// The Ministry of Health checklist: each question answered with a large Có / Không pair.
import { useId } from 'preact/hooks';
import { SCREENING_ITEMS, type ScreeningItemId } from '../../domain/screening';
import { useApp } from '../context';

export interface ScreeningChecklistProps {
  answers: Record<string, boolean>;
  /** After a refused save: unanswered questions are marked. */
  showMissing: boolean;
  onAnswer(item: ScreeningItemId, value: boolean): void;
}

export function ScreeningChecklist({ answers, showMissing, onAnswer }: ScreeningChecklistProps) {
  const { t } = useApp();
  const id = useId();
  return (
    <ol class="checklist">
      {SCREENING_ITEMS.map(({ id: item }) => {
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
                onClick={() => onAnswer(item, true)}
              >
                {t('screening.yes')}
              </button>
              <button
                type="button"
                class="toggle"
                aria-pressed={answer === false}
                onClick={() => onAnswer(item, false)}
              >
                {t('screening.no')}
              </button>
            </div>
            {missing && <small class="error">{t('screening.answerThis')}</small>}
          </li>
        );
      })}
    </ol>
  );
}
