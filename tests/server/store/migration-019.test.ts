// Migration 019 on a database that already holds persons with two live certificates (the race of
// `certificate:issue` and the issuer before it): the one the issuer names stays, else the newest,
// and the others are superseded by it; from then on the database refuses a second live one.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { certificatesRepo } from '../../../sync-server/src/certificates';
import type { Database } from '../../../sync-server/src/store/schema';
import { createStore } from '../../../sync-server/src/store/store';
import { oldDatabases } from '../helpers/old-database';

const databaseAt = oldDatabases();

const certificate = (uvci: string, idNumber: string, issuedAt: string) => ({
  uvci,
  uci_hash: `hash-${uvci}`,
  id_number: idNumber,
  kid: 'a2lkLWtpZA==',
  issued_at: issuedAt,
  expires_at: '2027-12-01T00:00:00.000Z',
  reason: 'first-issue',
  hc1: `HC1:${uvci}`,
  revoked_at: null,
  revoke_reason: null,
  superseded_by: null,
});

it('keeps one live certificate per person, superseding the others by it', async () => {
  const db: Kysely<Database> = await databaseAt('018-certificate-state');
  await db
    .insertInto('dcc_certificates')
    .values([
      // Named by the issuer, though older.
      certificate('NAMED', '079190001234', '2026-12-01T08:00:00.000Z'),
      certificate('OTHER', '079190001234', '2026-12-01T08:00:01.000Z'),
      // No state kept: the newest stays.
      certificate('OLDER', '079085004321', '2026-12-01T08:00:00.000Z'),
      certificate('NEWER', '079085004321', '2026-12-01T08:00:02.000Z'),
      certificate('ALONE', '079040000555', '2026-12-01T08:00:00.000Z'),
    ])
    .execute();
  await db
    .insertInto('dcc_subjects')
    .values({
      id_number: '079190001234',
      facts: '{}',
      uvci: 'NAMED',
      not_signable: null,
      updated_at: '2026-12-01T08:00:01.000Z',
    })
    .execute();

  const store = createStore(db);
  await store.migrate();
  const rows = await db
    .selectFrom('dcc_certificates')
    .select(['uvci', 'revoke_reason', 'superseded_by'])
    .orderBy('uvci')
    .execute();
  expect(rows).toEqual([
    { uvci: 'ALONE', revoke_reason: null, superseded_by: null },
    { uvci: 'NAMED', revoke_reason: null, superseded_by: null },
    { uvci: 'NEWER', revoke_reason: null, superseded_by: null },
    { uvci: 'OLDER', revoke_reason: 'superseded', superseded_by: 'NEWER' },
    { uvci: 'OTHER', revoke_reason: 'superseded', superseded_by: 'NAMED' },
  ]);
  const another = {
    uvci: 'LATE',
    idNumber: '079040000555',
    kid: 'a2lkLWtpZA==',
    issuedAt: new Date(),
    expiresAt: new Date(),
    reason: 'first-issue' as const,
    hc1: 'HC1:LATE',
  };
  expect(await certificatesRepo(store).add(another)).toBe(false);
  await expect(
    db
      .insertInto('dcc_certificates')
      .values(certificate('FORCED', '079040000555', '2026-12-02T00:00:00.000Z'))
      .execute(),
  ).rejects.toThrow(/unique/i);
  await store.close();
});
