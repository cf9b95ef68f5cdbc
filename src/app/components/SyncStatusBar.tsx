// Always visible once enrolled: connection, records waiting, last confirmed sync, and the
// rejected records that need a person.
import { useEffect, useState } from 'preact/hooks';
import { relativeTime } from '../../i18n/format';
import { isMessageKey } from '../../i18n/i18n';
import { useApp } from '../context';
import { useSyncStatus } from '../use-sync-status';
import { RevokedActions } from './RevokedActions';
import './SyncStatusBar.css';

export interface SyncStatusBarProps {
  onAttention(): void;
  /**
   * Opens the enrollment form again, offered when the server refuses this tablet as revoked;
   * left out while that form is showing.
   */
  onReenroll?: () => void;
}

export function SyncStatusBar({ onAttention, onReenroll }: SyncStatusBarProps) {
  const { t, services } = useApp();
  const status = useSyncStatus(services.sync);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const pull = status.pull && status.pull.total > status.pull.done ? status.pull : null;

  return (
    <section class="sync" aria-label={t('status.region')}>
      <span
        class={`sync-item ${status.online ? 'is-online' : 'is-offline'}`}
        data-testid="sync-online"
      >
        <span aria-hidden="true">{status.online ? '●' : '○'}</span>{' '}
        {t(status.online ? 'status.online' : 'status.offline')}
      </span>
      <span class="sync-item" data-testid="sync-queued">
        {t('status.queued')}: <strong data-testid="sync-queued-count">{status.queued}</strong>
      </span>
      <span class="sync-item" data-testid="sync-last">
        {t('status.last')}: {relativeTime(status.lastSyncAt, now, t) ?? t('status.never')}
      </span>
      {pull && (
        <span class="sync-item">{t('status.pulling', { done: pull.done, total: pull.total })}</span>
      )}
      <button
        type="button"
        class={`sync-attention ${status.needsAttention > 0 ? 'has-items' : ''}`}
        data-testid="sync-attention"
        onClick={onAttention}
      >
        {t('status.attention')}:{' '}
        <strong data-testid="sync-attention-count">{status.needsAttention}</strong>
      </button>
      <button
        type="button"
        class="sync-now"
        disabled={status.pushing}
        onClick={() => void services.sync.flush()}
      >
        {status.pushing ? t('status.sending') : t('status.syncNow')}
      </button>
      {status.lastError && (
        <p class="sync-error" role="status">
          {isMessageKey(status.lastError.key) ? t(status.lastError.key) : status.lastError.key}
        </p>
      )}
      {status.lastError?.key === 'sync.unauthorized' && onReenroll && (
        <RevokedActions onReenroll={onReenroll} />
      )}
    </section>
  );
}
