// The end-of-day transfer on the sending tablet: every unsent record as an endless sequence of QR
// frames, 10 a second, with how far a receiver usually is (docs/handoff.md). The records stay
// queued here until the server answers for them; one way on: done, once the other tablet says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import type { DayTransfer } from '../../services/contracts';
import { useApp } from '../context';
import './HandoffCode.css';

/** Frames a second: what a tablet camera decodes reliably at this QR size. */
const FRAMES_PER_SECOND = 10;
/** Frames a receiver needs per block with 20 % of them missed (fountain.ts: 1.31 on average). */
const FRAMES_PER_BLOCK = 1.45;

export function DayHandoff({ onClose }: { onClose(): void }) {
  const { t, services } = useApp();
  const [transfer, setTransfer] = useState<DayTransfer | null | undefined>(undefined);
  const [shown, setShown] = useState(0);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let live = true;
    services.handoff.dayTransfer().then(
      (made) => live && setTransfer(made),
      () => live && setTransfer(null),
    );
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    if (!transfer || transfer.count === 0) return;
    let frame = 0;
    const show = () => {
      if (canvas.current === null) return;
      void QRCode.toCanvas(canvas.current, transfer.frame(frame), {
        errorCorrectionLevel: 'M',
        margin: 4,
        scale: 6,
      });
      frame += 1;
      setShown(frame);
    };
    show();
    const timer = setInterval(show, 1000 / FRAMES_PER_SECOND);
    return () => clearInterval(timer);
  }, [transfer]);

  const needed = transfer ? Math.ceil(transfer.blocks * FRAMES_PER_BLOCK) : 0;
  return (
    <section class="card handoff" aria-labelledby="day-handoff-heading">
      <h2 id="day-handoff-heading">{t('handoff.dayHeading')}</h2>
      {transfer === undefined && <p class="muted">{t('handoff.making')}</p>}
      {transfer === null && (
        <p class="error" role="alert">
          {t('handoff.makeFailed')}
        </p>
      )}
      {transfer?.count === 0 && <p class="notice">{t('handoff.dayNone')}</p>}
      {transfer && transfer.count > 0 && (
        <>
          <p>{t('handoff.dayHint', { n: transfer.count })}</p>
          <label class="field">
            <span>
              {shown < needed
                ? t('handoff.daySending', { s: Math.ceil((needed - shown) / FRAMES_PER_SECOND) })
                : t('handoff.dayKeepGoing')}
            </span>
            <progress max={needed} value={Math.min(shown, needed)} />
          </label>
          <canvas
            ref={canvas}
            class="handoff-qr"
            role="img"
            aria-label={t('handoff.dayImage')}
            data-testid="day-qr"
          />
        </>
      )}
      <div class="actions">
        <button class="button primary" type="button" onClick={onClose}>
          {t('handoff.done')}
        </button>
      </div>
    </section>
  );
}
