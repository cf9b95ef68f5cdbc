// Everyone injected and not yet released, each with a live countdown to the end of their 30
// minutes; a finished card turns calm green ("may go home") and is announced. Tap a card to release.
// Lazy-loaded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { secondsLeft } from '../../../domain/observation';
import { useApp } from '../../context';
import type { VisitView } from '../../../services/contracts';
import { ObservationCard } from './ObservationCard';
import { ReleasePanel } from './ReleasePanel';
import { useNow } from '../shared/use-now';
import { useTodayVisits } from '../shared/use-today-visits';
import './ObservationBoard.css';

type Injected = VisitView & { injection: NonNullable<VisitView['injection']> };

export function ObservationBoard({ siteId }: { siteId: string }) {
  const { t } = useApp();
  const { visits, refresh } = useTodayVisits('in-observation');
  const nowMs = useNow(1000);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<string>());

  const board = (visits ?? [])
    .filter((v): v is Injected => v.injection !== undefined)
    .sort((a, b) => a.injection.occurredAt.localeCompare(b.injection.occurredAt));
  const done = board.filter((v) => secondsLeft(v.injection.occurredAt, nowMs) <= 0);

  const primed = useRef(false);
  const doneKeys = done.map((v) => v.visitKey).join('|');
  useEffect(() => {
    if (visits === null) return;
    const fresh = done.filter((v) => !announced.current.has(v.visitKey));
    for (const v of fresh) announced.current.add(v.visitKey);
    // People already past their time when the board opened are shown, not announced.
    if (primed.current && fresh.length > 0) {
      const names = fresh.map((v) => v.checkin.data.citizen.fullName).join(', ');
      setAnnouncement(t('observation.announce', { names }));
    }
    primed.current = true;
  }, [visits === null, doneKeys]);

  const open = board.find((v) => v.visitKey === openKey);
  return (
    <section class="card observation" aria-labelledby="observation-heading">
      <h2 id="observation-heading">{t('observation.heading', { n: board.length })}</h2>
      <p class="sr-only" aria-live="assertive">
        {announcement}
      </p>
      {notice && !open && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {open ? (
        <ReleasePanel
          key={open.visitKey}
          visit={open}
          siteId={siteId}
          nowMs={nowMs}
          onDone={(name) => {
            setOpenKey(null);
            setNotice(t('observation.released', { name }));
            refresh();
          }}
          onCancel={() => setOpenKey(null)}
        />
      ) : board.length === 0 ? (
        <p class="muted">{visits === null ? t('station.loading') : t('observation.empty')}</p>
      ) : (
        <ul class="obs-grid">
          {board.map((v) => (
            <li key={v.visitKey}>
              <ObservationCard visit={v} nowMs={nowMs} onOpen={() => setOpenKey(v.visitKey)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
