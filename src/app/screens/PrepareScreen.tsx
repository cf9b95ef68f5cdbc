// The first pull of the site's reference data, with its progress; resumable after a failure.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../context';
import { useSyncStatus } from '../use-sync-status';

export function PrepareScreen({ onReady }: { onReady(): void }) {
  const { t, services } = useApp();
  const status = useSyncStatus(services.sync);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    setFailed(false);
    void services.sync.pull().then(() => {
      if (services.sync.status().lastError === null) ready.current();
      else setFailed(true);
    });
  }, [services, attempt]);

  const pull = status.pull;
  const known = pull !== null && pull.total > 0;
  return (
    <section class="card narrow" aria-labelledby="prepare-heading">
      <h2 id="prepare-heading">{t('prepare.heading')}</h2>
      {/* After a failure an indeterminate bar and "connecting…" would claim work that stopped. */}
      {(known || !failed) && (
        <>
          <progress
            class="progress"
            aria-labelledby="prepare-progress"
            max={known ? pull.total : undefined}
            value={known ? pull.done : undefined}
          />
          <p id="prepare-progress" aria-live="polite">
            {known
              ? t('prepare.progress', { done: pull.done, total: pull.total })
              : t('prepare.starting')}
          </p>
        </>
      )}
      <p class="muted">{t('prepare.note')}</p>
      {failed && (
        <>
          <p class="error" role="alert">
            {t('prepare.failed')}
          </p>
          <button class="button primary" type="button" onClick={() => setAttempt(attempt + 1)}>
            {t('prepare.retry')}
          </button>
        </>
      )}
    </section>
  );
}
