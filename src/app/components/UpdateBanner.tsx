// Offers a waiting new version; applying it is the person's choice and waits for a quiet moment.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../context';
import { useSyncStatus } from '../use-sync-status';
import './UpdateBanner.css';

export function UpdateBanner({ formDirty }: { formDirty: boolean }) {
  const { t, services } = useApp();
  const [apply, setApply] = useState<(() => void) | null>(null);
  const { pushing } = useSyncStatus(services.sync);
  useEffect(() => services.updates.onUpdateReady((fn) => setApply(() => fn)), [services]);
  if (apply === null) return null;
  const blocker = formDirty ? t('update.waitForm') : pushing ? t('update.waitSync') : null;
  return (
    <div class="update" role="status">
      <span>{t('update.ready')}</span>
      <button type="button" class="button" disabled={blocker !== null} onClick={apply}>
        {t('update.apply')}
      </button>
      {blocker && <span class="update-blocker">{blocker}</span>}
    </div>
  );
}
