// The site's visits as the stations see them: every record from every tablet merged by visitKey,
// corrections applied (a voided record counts for nothing but its history), and each step saved only for the person signed in and only if their role
// may record it.
import type { SessionService, VisitDetail, VisitService, VisitView } from '../app/services';
import { correctedRecords, correctionErrors, countedRecords } from '../domain/corrections';
import { certificateStatus, citizenIdOfVisit, doseOf } from '../domain/dose-history';
import { secondInjectionErrors } from '../domain/injection-once';
import { mergeDoses } from '../domain/injection-plan';
import type { FieldError, VaxRecord } from '../domain/records';
import { mayRecord } from '../domain/roles';
import { isoWithOffset, localDateOf } from '../domain/time';
import { visitStage } from '../domain/visit-stage';
import { isVoided, withoutVoided } from '../domain/voids';
import { createChangeSignal, type ChangeSignal } from './change-signal';
import type { RecordRepository, SaveResult } from './record-repo';
import type { ReferenceRepository } from './reference-repo';

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

type Latest<T extends VaxRecord['type']> = Extract<VaxRecord, { type: T }> | undefined;

function latest<T extends VaxRecord['type']>(records: readonly VaxRecord[], type: T): Latest<T> {
  return records
    .filter((r): r is Extract<VaxRecord, { type: T }> => r.type === type)
    .reduce<Latest<T>>(
      (best, r) => (!best || r.occurredAt > best.occurredAt ? r : best),
      undefined,
    );
}

/** Visits (with a check-in) among records of one or more visits, newest check-in first. */
export function toVisits(records: readonly VaxRecord[]): VisitView[] {
  const byVisit = new Map<string, VaxRecord[]>();
  for (const record of countedRecords(records)) {
    byVisit.set(record.visitKey, [...(byVisit.get(record.visitKey) ?? []), record]);
  }
  const visits: VisitView[] = [];
  for (const [visitKey, list] of byVisit) {
    const checkin = latest(list, 'checkin');
    if (checkin === undefined) continue;
    const [screening, injection, observation] = [
      latest(list, 'screening'),
      latest(list, 'injection'),
      latest(list, 'observation'),
    ];
    visits.push({
      visitKey,
      checkin,
      stage: visitStage(list),
      ...(screening && { screening }),
      ...(injection && { injection }),
      ...(observation && { observation }),
    });
  }
  return visits.sort((a, b) => b.checkin.occurredAt.localeCompare(a.checkin.occurredAt));
}

const refused = (code: string, message: string): { ok: false; errors: FieldError[] } => ({
  ok: false,
  errors: [{ field: 'staffId', code, message }],
});

export function createVisitService(deps: VisitServiceDeps): VisitService {
  const { records, reference, session } = deps;
  const now = deps.now ?? (() => new Date());
  const changes = deps.changes ?? createChangeSignal();
  const today = () => localDateOf(isoWithOffset(now()));
  const ofToday = async () => {
    const siteId = deps.siteId();
    return siteId === undefined ? [] : toVisits(await records.ofDay(siteId, today()));
  };

  async function detail(visitKey: string): Promise<VisitDetail | undefined> {
    const own = await records.byVisitKeys([visitKey]);
    const visit = toVisits(own)[0];
    if (visit === undefined) return undefined;
    const history = correctedRecords(own).sort((a, b) =>
      a.original.occurredAt.localeCompare(b.original.occurredAt),
    );
    const citizenId = citizenIdOfVisit(visitKey, visit.checkin);
    const [registration, platform, earlier] = citizenId
      ? await Promise.all([
          reference.registrationByCitizenId(citizenId),
          reference.doseHistory(citizenId),
          records.ofCitizenId(citizenId),
        ])
      : [undefined, undefined, []];
    const byId = new Map([...own, ...earlier].map((r) => [r.id, r]));
    const mine = correctedRecords([...byId.values()]).map((c) => c.record);
    // A dose voided here may still be in the server's history until the void reaches it.
    const voided = new Set(mine.filter(isVoided).map((r) => r.id));
    const localDoses = withoutVoided(mine)
      .filter((r) => r.type === 'injection' && r.visitKey !== visitKey)
      .map((r) => doseOf(r as Extract<VaxRecord, { type: 'injection' }>));
    const previousDoses = mergeDoses(
      registration?.previousDoses ?? [],
      platform?.doses.filter(
        (d) => d.recordId !== visit.injection?.id && !voided.has(d.recordId ?? ''),
      ) ?? [],
      localDoses,
    );
    // One list for what the form shows and the certificate beside it (issue 17: "no dose yet"
    // was shown beside "yellow" when the visit's own injection counted in only one of them).
    const doses = visit.injection ? [...previousDoses, doseOf(visit.injection)] : previousDoses;
    return { ...visit, history, previousDoses, doses, certificate: certificateStatus(doses) };
  }

  return {
    today: ofToday,
    async find(citizenKey) {
      return (await ofToday()).find((v) => v.visitKey.endsWith(`:${citizenKey}`));
    },
    async view(visitKey) {
      return toVisits(await records.byVisitKeys([visitKey]))[0];
    },
    detail,
    async save(record) {
      const staff = session.current();
      if (staff === null) return refused('signed-out', 'Nobody is signed in');
      if (record.staffId !== staff.id) return refused('other-staff', 'Not the signed-in person');
      if (record.type !== 'correction' && !mayRecord(staff.role, record.type)) {
        return refused('role', 'This role may not record this');
      }
      if (record.type === 'correction') {
        const target = await records.get(record.data.targetId);
        if (!target) return refused('role', 'This role may not record this');
        const current = correctedRecords(await records.byVisitKeys([target.visitKey])).find(
          (c) => c.original.id === target.id,
        );
        // The server's rule, judged against the record as it now stands on this tablet.
        const on = { siteId: target.siteId, record: current?.record ?? target };
        const errors = correctionErrors(record, on, staff.role);
        if (errors.length > 0) return { ok: false, errors };
      }
      if (record.type === 'injection') {
        // Read at save time: a form opened before another save of this visit must not add a dose.
        const visit = countedRecords(await records.byVisitKeys([record.visitKey]));
        const errors = secondInjectionErrors(visit, record);
        if (errors.length > 0) return { ok: false, errors };
      }
      const result: SaveResult = await records.saveConfirmed(record);
      if (!result.ok) return result;
      changes.notify();
      await deps.onSaved();
      return { ok: true };
    },
    subscribe: changes.subscribe,
  };
}
