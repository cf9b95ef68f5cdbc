import { formatClock } from '../../i18n/format';
import type { CheckinRecord } from '../../domain/records';
import { useApp } from '../context';

export function TodayList({ records }: { records: CheckinRecord[] }) {
  const { t } = useApp();
  return (
    <section class="card today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('checkin.today', { n: records.length })}</h2>
      {records.length === 0 && <p class="muted">{t('checkin.todayEmpty')}</p>}
      <ol class="today-list" data-testid="today-list">
        {records.map((r) => (
          <li key={r.id}>
            <span class="time">{formatClock(r.occurredAt)}</span>
            <span class="name">{r.data.citizen.fullName}</span>
            <span class="muted">{r.data.citizen.id ?? ''}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
