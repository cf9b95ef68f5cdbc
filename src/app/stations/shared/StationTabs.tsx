// The views this tablet offers (its station, or all of them for a mobile team, and the end-of-day
// report), who is signed in, and the lock. Views the role may not record at are named, not shown.
import { useApp } from '../../context';
import type { Station } from '../../../services/contracts';
import { stationViews, type StationView } from './station-views';
import { useSignedIn } from './use-signed-in';
import './StationTabs.css';

export interface StationTabsProps {
  station: Station;
  current: string;
  onSelect(view: StationView): void;
}

export function StationTabs({ station, current, onSelect }: StationTabsProps) {
  const { t, services } = useApp();
  const me = useSignedIn();
  const { allowed, refused } = stationViews(station, me?.role);
  return (
    <div class="tabs-bar">
      <nav class="tabs" aria-label={t('tabs.label')}>
        {allowed.map((view) => (
          <button
            key={view}
            type="button"
            class="tab"
            aria-current={view === current ? 'page' : undefined}
            onClick={() => onSelect(view)}
          >
            {t(`tabs.${view}`)}
          </button>
        ))}
      </nav>
      <div class="tabs-who">
        {me && (
          <span>
            {me.name} · {t(`role.${me.role}`)}
          </span>
        )}
        <button type="button" class="button" onClick={() => services.session.lock()}>
          {t('tabs.lock')}
        </button>
      </div>
      {me && refused.length > 0 && (
        <p class="tabs-refused">
          {t('tabs.refused', {
            role: t(`role.${me.role}`),
            views: refused.map((v) => t(`tabs.${v}`)).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
