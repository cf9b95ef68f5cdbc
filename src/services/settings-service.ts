// This tablet's own settings (its station), kept in the meta table so they survive a reload;
// nothing stored, or a value that is no station, reads as every step ('all').
import type { SettingsService, Station } from './contracts';
import type { MetaRepository } from '../data/meta-repo';

const META_STATION = 'station';
const STATIONS: readonly Station[] = ['checkin', 'screening', 'injection', 'observation', 'all'];

export function createSettingsService(meta: Pick<MetaRepository, 'get' | 'set'>): SettingsService {
  return {
    async station() {
      const stored = await meta.get<Station>(META_STATION);
      return stored !== undefined && STATIONS.includes(stored) ? stored : 'all';
    },
    setStation: (station) => meta.set(META_STATION, station),
  };
}
