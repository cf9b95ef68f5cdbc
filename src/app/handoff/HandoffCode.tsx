// One visit's records as a QR code for another tablet of the site to scan (docs/handoff.md):
// large, on white with its quiet zone, and one way on from here (done).
import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import { useApp } from '../context';
import './HandoffCode.css';

export interface HandoffCodeProps {
  visitKey: string;
  fullName: string;
  onClose(): void;
}

export function HandoffCode({ visitKey, fullName, onClose }: HandoffCodeProps) {
  const { t, services } = useApp();
  const [image, setImage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    services.handoff
      .visitCode(visitKey)
      // 6 px modules: sharp on the screen, and the camera of the other tablet reads them at arm's
      // length; M error correction survives a glare spot.
      .then((text) => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: 6 }))
      .then(
        (url) => live && setImage(url),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [services, visitKey]);

  return (
    <section class="card handoff" aria-labelledby="handoff-heading">
      <h2 id="handoff-heading">{t('handoff.heading', { name: fullName })}</h2>
      <p>{t('handoff.hint')}</p>
      {failed && (
        <p class="error" role="alert">
          {t('handoff.makeFailed')}
        </p>
      )}
      {image === null && !failed && <p class="muted">{t('handoff.making')}</p>}
      {image !== null && (
        <img
          class="handoff-qr"
          src={image}
          alt={t('handoff.image', { name: fullName })}
          data-testid="handoff-qr"
        />
      )}
      <div class="actions">
        <button class="button primary" type="button" onClick={onClose}>
          {t('handoff.done')}
        </button>
      </div>
    </section>
  );
}
