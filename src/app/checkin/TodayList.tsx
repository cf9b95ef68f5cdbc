import { formatClock } from '../../i18n/format';
import { useApp } from '../context';
import type { TodayVisit } from '../../services/contracts';
import './TodayList.css';

export function TodayList({ visits }: { visits: TodayVisit[] }) {
  const { t } = useApp();
  return (
    <section class="card today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('checkin.today', { n: visits.length })}</h2>
      {visits.length === 0 && <p class="muted">{t('checkin.todayEmpty')}</p>}
      <ol class="today-list" data-testid="today-list">
        {visits.map(({ checkin, stage }) => (
          <li key={checkin.id}>
            <span class="time">{formatClock(checkin.occurredAt)}</span>
            <span class="name">
              {checkin.data.citizen.fullName}
              <small class="muted">{checkin.data.citizen.id ?? ''}</small>
            </span>
            <span class={`stage stage-${stage}`}>{t(`stage.${stage}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
