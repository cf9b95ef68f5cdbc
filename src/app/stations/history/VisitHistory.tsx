// Everything recorded for one visit, oldest first, each record with the corrections made to it:
// what changed from what to what, why, by whom and when; a record made by mistake can be voided
// here. Lazy-loaded.
import { useEffect, useState } from 'preact/hooks';
import type { CorrectedRecord } from '../../../domain/corrections';
import type { Staff } from '../../../domain/protocol';
import { useApp } from '../../context';
import type { VisitDetail } from '../../../services/contracts';
import { HistoryEntry } from './HistoryEntry';
import { HandoffCode } from '../../handoff/HandoffCode';

export interface VisitHistoryProps {
  visitKey: string;
  onClose(): void;
}

export function VisitHistory({ visitKey, onClose }: VisitHistoryProps) {
  const { t, services } = useApp();
  const [detail, setDetail] = useState<VisitDetail | null | undefined>(undefined);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [editing, setEditing] = useState<{ id: string; mode: 'correct' | 'void' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [handing, setHanding] = useState(false);

  const load = () =>
    void services.visits
      .detail(visitKey)
      .then((d) => setDetail(d ?? null))
      .catch(() => setDetail(null));
  useEffect(load, [services, visitKey]);
  useEffect(() => {
    void services.reference
      .staff()
      .then(setStaff)
      .catch(() => setStaff([]));
  }, [services]);

  const staffName = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const history: CorrectedRecord[] = [...(detail?.history ?? [])].sort((a, b) =>
    a.original.occurredAt.localeCompare(b.original.occurredAt),
  );

  if (handing && detail) {
    const { fullName } = detail.checkin.data.citizen;
    return (
      <HandoffCode visitKey={visitKey} fullName={fullName} onClose={() => setHanding(false)} />
    );
  }
  return (
    <section class="card history" aria-labelledby="history-heading">
      <h2 id="history-heading">
        {t('history.heading')}
        {detail && `: ${detail.checkin.data.citizen.fullName}`}
      </h2>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {detail === undefined && <p class="muted">{t('station.loading')}</p>}
      {detail === null && <p class="error">{t('station.visitGone')}</p>}
      <ol class="history-list">
        {history.map((entry) => (
          <HistoryEntry
            key={entry.original.id}
            entry={entry}
            staffName={staffName}
            editing={editing?.id === entry.original.id ? editing.mode : null}
            onCorrect={() => {
              setNotice(null);
              setEditing({ id: entry.original.id, mode: 'correct' });
            }}
            onVoid={() => {
              setNotice(null);
              setEditing({ id: entry.original.id, mode: 'void' });
            }}
            onCorrected={() => {
              setNotice(t(editing?.mode === 'void' ? 'void.saved' : 'correction.saved'));
              setEditing(null);
              load();
            }}
            onCancel={() => setEditing(null)}
          />
        ))}
      </ol>
      <div class="actions">
        {detail && (
          <button class="button" type="button" onClick={() => setHanding(true)}>
            {t('handoff.show')}
          </button>
        )}
        <button class="button primary" type="button" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
    </section>
  );
}
