// Enrollment codes: short, typed on the tablet, stored hashed, valid until `expires_at` and for
// `max_uses` enrollments (1 unless the admin asks for more).
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { newEnrollmentCode, normaliseEnrollmentCode, sha256Hex } from '../secrets';

export type CodeCheck =
  { ok: true; siteId: string } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

export function enrollmentRepo(db: Kysely<Database>) {
  return {
    async create(
      siteId: string,
      options: { validHours: number; maxUses: number; now: Date },
    ): Promise<{ code: string; expiresAt: string }> {
      const code = newEnrollmentCode();
      const expiresAt = new Date(
        options.now.getTime() + options.validHours * 3600_000,
      ).toISOString();
      await db
        .insertInto('enrollment_codes')
        .values({
          code_hash: sha256Hex(normaliseEnrollmentCode(code)),
          site_id: siteId,
          expires_at: expiresAt,
          max_uses: options.maxUses,
          uses: 0,
          created_at: options.now.toISOString(),
        })
        .execute();
      return { code, expiresAt };
    },

    /** Checks the code and counts one use of it. Run inside the transaction creating the device. */
    async consume(code: string, now: Date): Promise<CodeCheck> {
      const hash = sha256Hex(normaliseEnrollmentCode(code));
      const row = await db
        .selectFrom('enrollment_codes')
        .select(['site_id', 'expires_at', 'max_uses', 'uses'])
        .where('code_hash', '=', hash)
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.expires_at <= now.toISOString()) return { ok: false, reason: 'expired' };
      if (row.uses >= row.max_uses) return { ok: false, reason: 'used' };
      await db
        .updateTable('enrollment_codes')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('code_hash', '=', hash)
        .execute();
      return { ok: true, siteId: row.site_id };
    },
  };
}
