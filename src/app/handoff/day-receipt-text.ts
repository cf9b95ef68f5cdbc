// What one scanned frame of an end-of-day transfer did, in words for the desk and the stations;
// null for a frame of another transfer, which is ignored without a word.
import type { Translate } from '../../i18n/i18n';
import type { DayFrameReceipt } from '../../services/contracts';

export function dayReceiptText(
  receipt: DayFrameReceipt,
  t: Translate,
): { text: string; error: boolean; progress?: number } | null {
  switch (receipt.kind) {
    case 'other-transfer':
      return null;
    case 'progress': {
      // Elimination needs a few frames more than there are blocks (fountain.ts): 99 % until done.
      const progress =
        receipt.blocks === 0 ? 0 : Math.min(0.99, receipt.received / (receipt.blocks * 1.05));
      const p = Math.floor(progress * 100);
      return { text: t('handoff.dayReceiving', { p }), error: false, progress };
    }
    case 'done':
      return {
        text: t('handoff.dayDone', { n: receipt.added, total: receipt.count }),
        error: false,
      };
    case 'refused':
      return { text: t(`handoff.refused.${receipt.reason}`), error: true };
  }
}
