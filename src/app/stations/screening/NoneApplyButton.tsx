// "Không có chống chỉ định nào": answers every question still open "Không" in one tap (the common
// case); the answers appear on the checklist, where each can still be changed.
import type { ScreeningItemId } from '../../../domain/screening';
import { unansweredItems } from '../../../domain/screening';
import { useApp } from '../../context';

export interface NoneApplyButtonProps {
  asked: readonly ScreeningItemId[];
  answers: Record<string, boolean>;
  onAnswers(answers: Partial<Record<ScreeningItemId, boolean>>): void;
}

export function NoneApplyButton({ asked, answers, onAnswers }: NoneApplyButtonProps) {
  const { t } = useApp();
  const open = unansweredItems(answers, asked);
  return (
    <button
      type="button"
      class="button none-apply"
      disabled={open.length === 0}
      onClick={() => onAnswers(Object.fromEntries(open.map((item) => [item, false])))}
    >
      {t('screening.noneApply')}
    </button>
  );
}
