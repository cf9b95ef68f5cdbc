// Which views a tablet offers: its station (or every station for a mobile team) and the end-of-day
// report, minus the stations the signed-in role may not record at (the server would refuse them).
import type { StaffRole } from '../../../domain/protocol';
import type { RecordType } from '../../../domain/records';
import { mayRecord } from '../../../domain/roles';
import type { Station } from '../../../services/contracts';

export type StationView =
  'checkin' | 'screening' | 'injection' | 'observation' | 'visits' | 'report';

export const STATIONS: readonly Station[] = [
  'checkin',
  'screening',
  'injection',
  'observation',
  'all',
];

type RecordingView = Exclude<StationView, 'visits' | 'report'>;

const RECORDED_AT: Record<RecordingView, RecordType> = {
  checkin: 'checkin',
  screening: 'screening',
  injection: 'injection',
  observation: 'observation',
};

export interface StationViews {
  /** In display order; the day's visits and the report always come last. */
  allowed: StationView[];
  /** Views of this station the role may not record at. */
  refused: StationView[];
}

export function stationViews(station: Station, role: StaffRole | undefined): StationViews {
  const wanted: RecordingView[] =
    station === 'all' ? ['checkin', 'screening', 'injection', 'observation'] : [station];
  const may = (v: RecordingView) => role !== undefined && mayRecord(role, RECORDED_AT[v]);
  return {
    allowed: [...wanted.filter(may), 'visits', 'report'],
    refused: wanted.filter((v) => !may(v)),
  };
}
