// Every visit of the day at this site, whatever its step, to open its history and correct a
// wrong lot, dose or personal detail there.
import { useState } from 'preact/hooks';
import { formatClock } from '../../../i18n/format';
import { useApp } from '../../context';
import { useTodayVisits } from '../shared/use-today-visits';
import { VisitHistory } from './VisitHistory';

export function TodayVisits() {
  const { t } = useApp();
  const { visits } = useTodayVisits();
  const [open, setOpen] = useState<string | null>(null);
  if (open !== null) return <VisitHistory visitKey={open} onClose={() => setOpen(null)} />;
  return (
    <section class="card" aria-labelledby="visits-heading">
      <h2 id="visits-heading">{t('visits.heading', { n: visits?.length ?? 0 })}</h2>
      <p class="muted">{t('visits.hint')}</p>
      {visits?.length === 0 && <p class="muted">{t('checkin.todayEmpty')}</p>}
      <ol class="queue">
        {visits?.map(({ visitKey, checkin, stage }) => (
          <li key={visitKey}>
            <button type="button" class="queue-button" onClick={() => setOpen(visitKey)}>
              <span class="queue-name">{checkin.data.citizen.fullName}</span>
              <span class="queue-facts">
                {formatClock(checkin.occurredAt)} · {t(`stage.${stage}`)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
