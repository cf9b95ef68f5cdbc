// What a site proves about the citizens its records name (docs/architecture.md §10: personal data
// reaches a device only with a reason it can prove). A check-in that read the citizen's identity
// from a card or QR proves the citizen was at the desk: it is recorded in `citizen_scans`, and the
// site at once receives the citizen's dose history. Any other record naming a citizen (an
// injection, a check-in with a typed ID) is accepted, but at a site with neither a registration nor
// a scan of the citizen gets no history; when the citizen has doses from elsewhere it is flagged
// `history-withheld`, for the data-quality report: a real walk-in without a card, or someone
// probing for a history.
import { scannedCitizenId } from '../../../../src/domain/checkin-method';
import type { InjectionRecord, VaxRecord } from '../../../../src/domain/records';
import type { NewChange } from '../../store/repos/changes';
import type { RecordFlag } from '../repos/records';
import type { DbHandle } from '../../store/db-handle';
import { doseHistoriesFor, historiesOf, historyRecipients } from './dose-histories';
import { citizensOfInjections } from './visit-citizens';
import { citizenScansRepo } from '../repos/citizen-scans';

export const HISTORY_WITHHELD = 'history-withheld';

/**
 * Records the citizens the batch's check-ins scanned at `siteId` and returns the `dose-history`
 * changes that tell the site their doses. Before the batch's dose histories are recomputed, so
 * they reach this site too.
 */
export async function recordScans(
  tx: DbHandle,
  siteId: string,
  accepted: readonly VaxRecord[],
): Promise<NewChange[]> {
  const scanned = [...new Set(accepted.flatMap((r) => scannedCitizenId(r) ?? []))];
  if (scanned.length === 0) return [];
  await citizenScansRepo(tx).add(
    scanned.map((citizenId) => ({ citizen_id: citizenId, site_id: siteId })),
  );
  return doseHistoriesFor(tx, siteId, scanned);
}

/** The citizen each new record names without proving it saw them: injections, typed check-ins. */
async function unprovenCitizens(
  tx: DbHandle,
  added: readonly VaxRecord[],
): Promise<Map<string, { citizenId: string; field: string }>> {
  const named = new Map<string, { citizenId: string; field: string }>();
  const injections = added.filter((r): r is InjectionRecord => r.type === 'injection');
  for (const [recordId, citizenId] of await citizensOfInjections(tx, injections)) {
    named.set(recordId, { citizenId, field: 'visitKey' });
  }
  for (const r of added) {
    if (r.type === 'checkin' && r.data.citizen.id && scannedCitizenId(r) === undefined) {
      named.set(r.id, { citizenId: r.data.citizen.id, field: 'data.method' });
    }
  }
  return named;
}

/**
 * Flags the batch's new records that name a citizen with doses from elsewhere at a site that has
 * no proof of seeing them (after this batch's scans are recorded).
 */
export async function withheldHistoryFlags(
  tx: DbHandle,
  siteId: string,
  added: readonly VaxRecord[],
): Promise<RecordFlag[]> {
  const named = await unprovenCitizens(tx, added);
  if (named.size === 0) return [];
  const citizens = [...new Set([...named.values()].map((n) => n.citizenId))];
  // Doses recorded (or stated by a certificate) at another site, or listed by a registration
  // (necessarily another site's). Asked first: most citizens have none, and then nobody needs to be
  // asked for a proof.
  const elsewhere = (await historiesOf(tx, citizens))
    .filter((h) => [...h.gaveDoses].some((s) => s !== siteId) || h.registered)
    .map((h) => h.data.citizenId);
  if (elsewhere.length === 0) return [];
  const recipients = await historyRecipients(tx, elsewhere);
  const unproven = new Set(elsewhere.filter((c) => !recipients.get(c)?.has(siteId)));
  return [...named]
    .filter(([, n]) => unproven.has(n.citizenId))
    .map(([recordId, n]) => ({
      recordId,
      field: n.field,
      code: HISTORY_WITHHELD,
      message:
        'The citizen has doses from other sites, but this site neither registered them nor read ' +
        'their ID from a card or QR: their dose history was not sent to it',
    }));
}
