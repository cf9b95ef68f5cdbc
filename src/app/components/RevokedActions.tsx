// Shown while the server refuses this tablet as revoked: the way back (a new enrollment code,
// keeping every unsent record) first, and the signed export for records that cannot wait.
import { useApp } from '../context';
import { useUnsyncedExport } from '../use-unsynced-export';
import './RevokedActions.css';

export function RevokedActions({ onReenroll }: { onReenroll(): void }) {
  const { t } = useApp();
  const exported = useUnsyncedExport();
  return (
    <div class="revoked">
      <div class="actions">
        <button class="button primary" type="button" onClick={onReenroll}>
          {t('revoked.reenroll')}
        </button>
        <button class="button" type="button" onClick={() => void exported.run()}>
          {t('report.export')}
        </button>
      </div>
      {exported.outcome && (
        <p class={exported.outcome.error ? 'error' : 'notice'} role="status">
          {exported.outcome.text}
        </p>
      )}
    </div>
  );
}
