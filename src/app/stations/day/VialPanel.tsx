// The open vial of the chosen lot (doses left, when it must be discarded), or the one action to
// open a new one. A new vial exists only on this tablet until its first dose is saved.
import { useApp } from '../../context';
import { clockOf as clock } from '../shared/clock';
import type { VialInUse } from '../injection/injection-draft';

export function VialPanel({ vial, onOpenNew }: { vial: VialInUse; onOpenNew(): void }) {
  const { t } = useApp();
  if (vial.kind === 'none') {
    return (
      <div class="vial">
        <p>{t('injection.noVial')}</p>
        <button type="button" class="button" onClick={onOpenNew}>
          {t('injection.openVial')}
        </button>
      </div>
    );
  }
  const text =
    vial.kind === 'open'
      ? t('injection.vialOpen', {
          left: vial.vial.remaining,
          total: vial.vial.dosesPerVial,
          until: clock(vial.vial.expiresAtMs),
        })
      : t('injection.vialNew', { total: vial.dosesPerVial, until: clock(vial.expiresAtMs) });
  return (
    <div class="vial">
      <p class="vial-state">{text}</p>
    </div>
  );
}
