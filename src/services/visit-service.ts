// The site's visits for the stations: today's list, one visit, its detail, and saving a step,
// each save checked (save-checks.ts) and announced on the change signal so every list refreshes.
import type { SessionService, VisitService } from './contracts';
import { isoWithOffset, localDateOf } from '../domain/time';
import { carriesOver, datesOnToday } from '../domain/visit-day';
import type { RecordRepository } from '../data/record-repo';
import type { ReferenceRepository } from '../data/reference-repo';
import { createChangeSignal, type ChangeSignal } from './change-signal';
import { saveRefusal } from './save-checks';
import { visitDetail } from './visit-detail';
import { lastStepAt, toVisits } from './visit-views';

export interface VisitServiceDeps {
  records: RecordRepository;
  reference: ReferenceRepository;
  session: SessionService;
  siteId(): string | undefined;
  onSaved(): Promise<void>;
  /** Told after every save; one is made when not given. */
  changes?: ChangeSignal;
  now?: () => Date;
}

export function createVisitService(deps: VisitServiceDeps): VisitService {
  const { records, session } = deps;
  const now = deps.now ?? (() => new Date());
  const changes = deps.changes ?? createChangeSignal();
  const today = () => localDateOf(isoWithOffset(now()));
  const ofToday = async () => {
    const siteId = deps.siteId();
    if (siteId === undefined) return [];
    const [before, current] = datesOnToday(today());
    const [earlier, visits] = await Promise.all([
      records.ofDay(siteId, before).then(toVisits),
      records.ofDay(siteId, current).then(toVisits),
    ]);
    const nowMs = now().getTime();
    // Carried over midnight come last: they were checked in before everyone of today.
    return [...visits, ...earlier.filter((v) => carriesOver(v.stage, lastStepAt(v), nowMs))];
  };

  return {
    today: ofToday,
    // A visit carried over midnight is found too: its citizen is still here, not new today.
    async find(citizenKey) {
      return (await ofToday()).find((v) => v.visitKey.endsWith(`:${citizenKey}`));
    },
    async view(visitKey) {
      return toVisits(await records.byVisitKeys([visitKey]))[0];
    },
    detail: (visitKey) => visitDetail(deps, visitKey),
    async save(record) {
      const refusal = await saveRefusal(records, session.current(), record);
      if (refusal !== undefined) return refusal;
      // Loaded on the first save: the record rules belong to the stations' chunk, not the shell.
      const { validateRecord } = await import('../domain/validate-record');
      const result = validateRecord(record, now());
      if (!result.ok) return result;
      await records.add(result.record);
      changes.notify();
      await deps.onSaved();
      return { ok: true };
    },
    subscribe: changes.subscribe,
  };
}
