// The camera at the desk: runs while the check-in screen is open (the scanner itself pauses when
// the tablet sleeps), reports each frame's codes, and explains in words when there is no camera.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../context';
import type { CameraDevice, ScanErrorKind, ScannerControl } from '../../scanner/types';
import './ScanPanel.css';

export interface ScanPanelProps {
  /** Decoding pauses while the person at the desk is busy with a confirmation. */
  active: boolean;
  onCodes(texts: string[], decodedAtMs: number): void;
}

export function ScanPanel({ active, onCodes }: ScanPanelProps) {
  const { t, services } = useApp();
  const video = useRef<HTMLVideoElement>(null);
  const control = useRef<ScannerControl | null>(null);
  const handler = useRef(onCodes);
  // Also guards the moment between this render and the effect that pauses the scanner.
  handler.current = active ? onCodes : () => {};
  const activeNow = useRef(active);
  activeNow.current = active;
  const [error, setError] = useState<ScanErrorKind | null>(null);
  const [devices, setDevices] = useState<CameraDevice[]>([]);
  const [torch, setTorch] = useState<boolean | null>(null);

  useEffect(() => {
    let stopped = false;
    void services.scanner
      .start({
        video: video.current!,
        onCodes: (texts, at) => handler.current(texts, at),
        onError: setError,
      })
      .then(async (started) => {
        if (stopped) return started.stop();
        if (!activeNow.current) started.pause();
        control.current = started;
        setTorch(started.torchAvailable ? false : null);
        setDevices(await started.devices());
      })
      .catch(() => setError('unsupported'));
    return () => {
      stopped = true;
      control.current?.stop();
      control.current = null;
    };
  }, [services]);

  useEffect(() => {
    if (active) control.current?.resume();
    else control.current?.pause();
  }, [active]);

  return (
    <div class={`scan ${active ? '' : 'scan-paused'}`}>
      {/* Without a camera the dark frame would only get in the way of typing. */}
      <div class={`scan-frame ${error ? 'is-hidden' : ''}`}>
        <video ref={video} class="scan-video" muted playsInline aria-hidden="true" />
        <div class="scan-target" aria-hidden="true" />
      </div>
      {error ? (
        <p class="error" role="alert">
          {t(`scan.error.${error}`)}
        </p>
      ) : (
        <p class="scan-hint">{t('scan.hint')}</p>
      )}
      <div class="scan-controls">
        {devices.length > 1 && (
          <label class="field">
            <span>{t('scan.camera')}</span>
            <select
              class="input"
              onChange={(e) => void control.current?.switchTo(e.currentTarget.value)}
            >
              {devices.map((d, i) => (
                <option key={d.deviceId} value={d.deviceId}>
                  {d.label || t('scan.cameraN', { n: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        )}
        {torch !== null && (
          <button
            type="button"
            class="button"
            aria-pressed={torch}
            onClick={async () =>
              setTorch((await control.current?.setTorch(!torch)) ? !torch : torch)
            }
          >
            {t('scan.torch')}
          </button>
        )}
      </div>
    </div>
  );
}
