// First start: connect this tablet to its site with the code an administrator gave. Also the way
// back for a revoked tablet (`current` set): a new code, keeping its unsent records.
import { useState } from 'preact/hooks';
import { isMessageKey } from '../../i18n/i18n';
import { useApp } from '../context';
import type { DeviceInfo } from '../../services/contracts';
import { useSyncStatus } from '../use-sync-status';

export interface EnrollScreenProps {
  /** The tablet's present enrollment, when it enrolls again. */
  current: DeviceInfo | null;
  onEnrolled(device: DeviceInfo): void;
  onCancel(): void;
}

export function EnrollScreen({ current, onEnrolled, onCancel }: EnrollScreenProps) {
  const { t, services } = useApp();
  const { queued } = useSyncStatus(services.sync);
  const [serverUrl, setServerUrl] = useState(current?.serverUrl ?? location.origin);
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState(t('enroll.defaultDeviceName'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (code.trim() === '') return setError(t('enroll.missingCode'));
    setBusy(true);
    setError(null);
    try {
      onEnrolled(
        await services.enrollment.enroll(serverUrl.trim(), code.trim(), deviceName.trim()),
      );
    } catch (e) {
      const key = e instanceof Error ? e.message : '';
      setError(
        t(isMessageKey(key) ? key : 'enroll.serverError', { site: current?.site.name ?? '' }),
      );
      setBusy(false);
    }
  }

  return (
    <form class="card narrow" onSubmit={submit} noValidate>
      <h2>{t(current ? 'reenroll.heading' : 'enroll.heading')}</h2>
      <p>
        {current ? t('reenroll.intro', { site: current.site.name, n: queued }) : t('enroll.intro')}
      </p>
      <label class="field">
        <span>{t('enroll.code')}</span>
        <input
          class="input big"
          value={code}
          autocapitalize="characters"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
        />
      </label>
      {/* Enrolling again: the same server, so one field fewer before the button. */}
      {!current && (
        <label class="field">
          <span>{t('enroll.server')}</span>
          <input
            class="input"
            type="url"
            inputMode="url"
            value={serverUrl}
            onInput={(e) => setServerUrl(e.currentTarget.value)}
          />
        </label>
      )}
      <label class="field">
        <span>{t('enroll.deviceName')}</span>
        <input
          class="input"
          value={deviceName}
          onInput={(e) => setDeviceName(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button class="button primary" type="submit" disabled={busy}>
          {busy ? t('enroll.working') : t(current ? 'reenroll.submit' : 'enroll.submit')}
        </button>
        {current && (
          <button class="button" type="button" onClick={onCancel}>
            {t('reenroll.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
