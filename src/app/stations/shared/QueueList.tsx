// The people waiting at a station, oldest check-in first, each one big button.
import { formatClock, formatDate } from '../../../i18n/format';
import { useApp } from '../../context';
import type { VisitView } from '../../../services/contracts';

export interface QueueListProps {
  visits: VisitView[];
  onOpen(visitKey: string): void;
  emptyText: string;
}

export function QueueList({ visits, onOpen, emptyText }: QueueListProps) {
  const { t } = useApp();
  // Services list newest first; a queue is served in arrival order.
  const ordered = [...visits].sort((a, b) =>
    a.checkin.occurredAt.localeCompare(b.checkin.occurredAt),
  );
  if (ordered.length === 0) return <p class="muted">{emptyText}</p>;
  return (
    <ol class="queue">
      {ordered.map(({ visitKey, checkin }) => (
        <li key={visitKey}>
          <button type="button" class="queue-button" onClick={() => onOpen(visitKey)}>
            <span class="queue-name">{checkin.data.citizen.fullName}</span>
            <span class="queue-facts">
              {t('queue.dob', { date: formatDate(checkin.data.citizen.dob) })}
              {' · '}
              {t('queue.checkedIn', { time: formatClock(checkin.occurredAt) })}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
