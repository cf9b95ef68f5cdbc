// What a scanned hand-off code did, in words for the desk and the stations.
import type { Translate } from '../../i18n/i18n';
import type { HandoffReceipt } from '../../services/contracts';

export function receiptText(
  receipt: HandoffReceipt,
  t: Translate,
): { text: string; error: boolean } {
  if (!receipt.ok) return { text: t(`handoff.refused.${receipt.reason}`), error: true };
  const { visit, added } = receipt;
  if (visit === undefined)
    return { text: t('handoff.receivedNoCheckin', { n: added }), error: false };
  const params = {
    name: visit.checkin.data.citizen.fullName,
    n: added,
    stage: t(`stage.${visit.stage}`),
  };
  return { text: t(added > 0 ? 'handoff.received' : 'handoff.again', params), error: false };
}
