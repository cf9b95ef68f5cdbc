// Dose history and certificate status (docs/architecture.md §1): inside the ingest transaction,
// every accepted injection, and every accepted correction of an injection, recomputes that
// injection's row in `citizen_doses` (corrections applied: effective-injections.ts; a voided one
// leaves it for `voided_doses`, so the citizen's status and dose numbers are derived again without
// it). Each citizen touched then gets one `dose-history` change for every site that can prove it
// sees the citizen (docs/architecture.md §10): one holding a registration of theirs, or one where a
// check-in read their identity from a card or QR. Giving a dose, or typing an ID, proves nothing:
// anyone can push an injection with any ID (history-proof.ts flags those). A batch without
// injections or corrections costs nothing here. The citizens touched are marked for the certificate
// issuer (dose-history-changes.ts), which re-issues their certificates after the push.
import { certificateStatus, doseOf } from '../../../../src/domain/dose-history';
import { mergeDoses } from '../../../../src/domain/injection-plan';
import type { DoseHistory, PreviousDose } from '../../../../src/domain/protocol';
import type { InjectionRecord } from '../../../../src/domain/records';
import { isVoided } from '../../../../src/domain/voids';
import { type NewChange, changesRepo } from '../../store/repos/changes';
import type { CitizenDosesTable, VoidedDosesTable } from '../../store/schema';
import type { DbHandle } from '../../store/db-handle';
import { certifiedDosesOf } from './certified-doses';
import { citizensOfInjections } from './visit-citizens';
import { citizenDosesRepo } from '../repos/citizen-doses';
import { doseHistoryChangesRepo } from '../repos/dose-history-changes';
import { registrationsRepo } from '../../store/repos/registrations';
import { citizenScansRepo } from '../repos/citizen-scans';

export interface CitizenHistory {
  data: DoseHistory;
  /** Sites that gave one of the doses, or whose check-in a certificate stating one was shown at. */
  gaveDoses: Set<string>;
  /** Some dose counts only because a registration lists it (a registration of another site). */
  registered: boolean;
}

/** The histories of these citizens as `citizen_doses` now holds them (empty when it has none). */
export async function historiesOf(
  tx: DbHandle,
  citizenIds: readonly string[],
): Promise<CitizenHistory[]> {
  const rowsOf = new Map<string, CitizenDosesTable[]>(citizenIds.map((id) => [id, []]));
  const allRows = await citizenDosesRepo(tx).ofCitizens(citizenIds);
  for (const row of allRows) rowsOf.get(row.citizen_id)?.push(row);
  const before = await registrationsRepo(tx).previousDosesOf(citizenIds);
  const certified = await certifiedDosesOf(tx, allRows);
  return [...rowsOf].map(([citizenId, rows]) => {
    const recorded: PreviousDose[] = rows.map((r) => ({
      date: r.date,
      vaccine: r.vaccine,
      doseNumber: r.dose_number,
      recordId: r.record_id,
    }));
    // Doses from before the platform recorded them (as registered, or as a certificate shown at
    // the desk stated them) count for the certificate, as on the tablet (visit-detail.ts).
    const registered = new Set(before.get(citizenId));
    const stated = certified.get(citizenId);
    const doses = mergeDoses([...registered], stated?.doses ?? [], recorded).sort(
      (a, b) => a.date.localeCompare(b.date) || a.doseNumber - b.doseNumber,
    );
    return {
      data: { citizenId, doses, certificate: certificateStatus(doses) },
      gaveDoses: new Set([...rows.map((r) => r.site_id), ...(stated?.sites ?? [])]),
      // mergeDoses keeps the entries it is given: a registered dose the platform also recorded
      // (or a certificate stated first) is not among them.
      registered: doses.some((d) => registered.has(d)),
    };
  });
}

/** The sites that may receive each citizen's history: registered there, or scanned there. */
export async function historyRecipients(
  tx: DbHandle,
  citizenIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const recipients = await registrationsRepo(tx).sitesOfCitizens(citizenIds);
  for (const [citizenId, sites] of await citizenScansRepo(tx).sitesOf(citizenIds)) {
    recipients.set(citizenId, new Set([...(recipients.get(citizenId) ?? []), ...sites]));
  }
  return recipients;
}

const changeFor = (siteId: string, data: DoseHistory): NewChange => ({
  siteId,
  entity: 'dose-history',
  key: data.citizenId,
  op: 'put',
  data,
});

/**
 * Updates `citizen_doses` for the batch's injections (as they now stand) and returns the
 * `dose-history` changes to append: the caller appends them with the batch's other changes, last,
 * because on PostgreSQL appending takes the changes lock until commit.
 */
export async function updateDoseHistories(
  tx: DbHandle,
  injections: readonly InjectionRecord[],
  /** Injections this batch stores for the first time: they cannot have a dose row yet. */
  added: ReadonlySet<string>,
): Promise<NewChange[]> {
  if (injections.length === 0) return [];
  const ids = injections.map((r) => r.id);
  const citizens = await citizensOfInjections(tx, injections);
  const rows: CitizenDosesTable[] = [];
  const voided: VoidedDosesTable[] = [];
  for (const record of injections) {
    const citizenId = citizens.get(record.id);
    if (citizenId === undefined) continue;
    if (isVoided(record)) {
      voided.push({ record_id: record.id, citizen_id: citizenId, site_id: record.siteId });
      continue;
    }
    const dose = doseOf(record);
    rows.push({
      record_id: record.id,
      citizen_id: citizenId,
      site_id: record.siteId,
      date: dose.date,
      vaccine: dose.vaccine,
      dose_number: dose.doseNumber,
    });
  }
  // A dose that moved to another citizen leaves its former one to recompute as well. Only
  // injections stored before this batch can have a row to delete: most of a batch is new.
  const former = await citizenDosesRepo(tx).citizensOfRecords(ids.filter((id) => !added.has(id)));
  await citizenDosesRepo(tx).replace([...former.keys()], rows, voided);
  const affected = [...new Set([...citizens.values(), ...former.values()])];
  if (affected.length === 0) return [];
  await doseHistoryChangesRepo(tx).mark(affected, new Date());

  const recipients = await historyRecipients(tx, affected);
  const changes: NewChange[] = [];
  for (const { data } of await historiesOf(tx, affected)) {
    for (const site of recipients.get(data.citizenId) ?? []) changes.push(changeFor(site, data));
  }
  return changes;
}

/** The `dose-history` changes that tell a site, which just proved it sees these citizens (a
 * registration imported, a check-in scanned), the doses they had; none for a citizen without. */
export async function doseHistoriesFor(
  tx: DbHandle,
  siteId: string,
  citizenIds: readonly (string | undefined)[],
): Promise<NewChange[]> {
  const known = [...new Set(citizenIds.filter((id): id is string => id !== undefined))];
  if (known.length === 0) return [];
  const histories = await historiesOf(tx, known);
  const withDoses = histories.filter((h) => h.data.doses.length > 0);
  return withDoses.map((h) => changeFor(siteId, h.data));
}

/** After registrations are imported: their site learns the doses its citizens had elsewhere. */
export async function announceDoseHistories(
  tx: DbHandle,
  siteId: string,
  citizenIds: readonly (string | undefined)[],
): Promise<void> {
  await changesRepo(tx).append(await doseHistoriesFor(tx, siteId, citizenIds));
}
