// The one big confirm action. With warnings, they are shown and a second, deliberate tap is needed.
import { useState } from 'preact/hooks';
import { useApp } from '../context';

export interface ConfirmButtonsProps {
  warnings: string[];
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmButtons({ warnings, onConfirm, onCancel }: ConfirmButtonsProps) {
  const { t } = useApp();
  // The second tap confirms these exact warnings: if they change, the person must look again.
  const [acknowledgedFor, setAcknowledgedFor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const warningsKey = warnings.join('\n');
  const acknowledged = warnings.length > 0 && acknowledgedFor === warningsKey;
  const needsSecondTap = warnings.length > 0 && !acknowledged;

  async function click() {
    if (needsSecondTap) return setAcknowledgedFor(warningsKey);
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {warnings.length > 0 && (
        <div class="warnings" role="alert">
          <p class="warnings-title">{t('checkin.warnings')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button class="button primary" type="button" disabled={busy} onClick={click}>
          {busy
            ? t('checkin.confirming')
            : acknowledged
              ? t('checkin.confirmAnyway')
              : t('checkin.confirm')}
        </button>
        <button class="button" type="button" onClick={onCancel}>
          {t('checkin.cancel')}
        </button>
      </div>
    </>
  );
}
