// Everything after enrollment and the first pull: the PIN sign-in gate, then the views of this
// tablet's station for the person signed in. Loaded on demand, so the shell stays small.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../context';
import type { DeviceInfo, Station } from '../../services/contracts';
import { stationViews, type StationView } from '../stations/shared/station-views';
import { InjectionStation } from '../stations/injection/InjectionStation';
import { ObservationBoard } from '../stations/observation/ObservationBoard';
import { ScreeningStation } from '../stations/screening/ScreeningStation';
import { StationPicker } from '../stations/shared/StationPicker';
import { StationTabs } from '../stations/shared/StationTabs';
import { TodayVisits } from '../stations/history/TodayVisits';
import { useSignedIn } from '../stations/shared/use-signed-in';
import { CheckinScreen } from '../checkin/CheckinScreen';
import { DayReportScreen } from '../stations/day/DayReportScreen';
import { SignInScreen } from './SignInScreen';

export interface WorkScreenProps {
  device: DeviceInfo;
  onDirtyChange(dirty: boolean): void;
}

export function WorkScreen({ device, onDirtyChange }: WorkScreenProps) {
  const { t, services } = useApp();
  const staff = useSignedIn();
  const [station, setStation] = useState<Station | null>(null);
  const [view, setView] = useState<StationView | 'settings'>('checkin');

  useEffect(() => {
    void services.settings.station().then(setStation);
  }, [services]);
  // Each person starts at the first view their role may record at.
  useEffect(() => {
    if (station !== null) setView(stationViews(station, staff?.role).allowed[0] ?? 'report');
  }, [station, staff]);

  if (station === null) return null;
  if (staff === null) return <SignInScreen onSignedIn={() => {}} />;

  const siteId = device.site.id;
  return (
    <div class="work">
      <StationTabs station={station} current={view} onSelect={setView} />
      {view === 'checkin' && <CheckinScreen device={device} onDirtyChange={onDirtyChange} />}
      {view === 'screening' && <ScreeningStation siteId={siteId} />}
      {view === 'injection' && <InjectionStation siteId={siteId} />}
      {view === 'observation' && <ObservationBoard siteId={siteId} />}
      {view === 'visits' && <TodayVisits />}
      {view === 'report' && <DayReportScreen onBack={() => setView('checkin')} />}
      {view === 'settings' && (
        <section class="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('settings.heading')}</h2>
          <StationPicker
            value={station}
            onChange={(next) =>
              void services.settings.setStation(next).then(() => setStation(next))
            }
          />
        </section>
      )}
      <p class="settings-link">
        <button class="button link" type="button" onClick={() => setView('settings')}>
          {t('settings.open')}
        </button>
      </p>
    </div>
  );
}
