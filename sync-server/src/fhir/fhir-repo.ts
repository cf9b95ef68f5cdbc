// Reads behind the FHIR API: a citizen's injections (through `citizen_doses`, which already knows
// whose dose each is), their registrations, site names, and the key of opaque Patient ids.
import { randomBytes } from 'node:crypto';
import type { Site } from '../../../src/domain/protocol';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';

interface FhirKeysTable {
  name: string;
  value: string;
  created_at: string;
}

export interface StoredInjection {
  id: string;
  citizenId: string;
  siteId: string;
  /** Canonical JSON of the injection record as pushed (corrections not applied). */
  body: string;
  receivedAt: string;
}

const PATIENT_ID_KEY = 'patient-id';

export function fhirRepo({ db }: DbHandle) {
  const keys = db.withTables<{ fhir_keys: FhirKeysTable }>();
  // A voided dose is in `voided_doses` instead of `citizen_doses` (migration 012): shown all the
  // same, as entered-in-error (immunization.ts).
  const doses = () =>
    db
      .selectFrom('citizen_doses')
      .select(['record_id', 'citizen_id'])
      .unionAll(db.selectFrom('voided_doses').select(['record_id', 'citizen_id']));
  const injections = () =>
    db
      .selectFrom(doses().as('d'))
      .innerJoin('records as r', 'r.id', 'd.record_id')
      .select([
        'r.id as id',
        'd.citizen_id as citizenId',
        'r.site_id as siteId',
        'r.body as body',
        'r.received_at as receivedAt',
      ]);

  return {
    /** The key of opaque Patient ids, made on first use; two servers racing keep the first. */
    async patientIdKey(now: Date): Promise<Buffer> {
      const read = () =>
        keys
          .selectFrom('fhir_keys')
          .select('value')
          .where('name', '=', PATIENT_ID_KEY)
          .executeTakeFirst();
      let row = await read();
      if (!row) {
        await keys
          .insertInto('fhir_keys')
          .values({
            name: PATIENT_ID_KEY,
            value: randomBytes(32).toString('hex'),
            created_at: now.toISOString(),
          })
          .onConflict((oc) => oc.column('name').doNothing())
          .execute();
        row = await read();
      }
      if (!row) throw new Error('patient id key was not stored');
      return Buffer.from(row.value, 'hex');
    },

    /** The citizen's injection records that `citizen_doses` attributes to them, oldest first. */
    async injectionsOf(citizenId: string): Promise<StoredInjection[]> {
      return injections()
        .where('d.citizen_id', '=', citizenId)
        .orderBy('r.occurred_at')
        .orderBy('r.id')
        .execute();
    },

    /** One injection record, if it is a dose of a known citizen. */
    async injection(recordId: string): Promise<StoredInjection | undefined> {
      return injections().where('d.record_id', '=', recordId).executeTakeFirst();
    },

    /** Site and body of each of the citizen's registrations, at any site. */
    async registrationsOf(citizenId: string): Promise<{ siteId: string; body: string }[]> {
      return db
        .selectFrom('registrations')
        .select(['site_id as siteId', 'body'])
        .where('citizen_id', '=', citizenId)
        .orderBy('site_id')
        .orderBy('id')
        .execute();
    },

    async sites(ids: readonly string[]): Promise<Map<string, Site>> {
      const found = new Map<string, Site>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('sites')
          .select(['id', 'name', 'province'])
          .where('id', 'in', chunk)
          .execute();
        for (const site of rows) found.set(site.id, site);
      }
      return found;
    },
  };
}
