// Enrollment codes: short, typed on the tablet, stored hashed, valid until `expires_at` and for
// `max_uses` enrollments (1 unless the admin asks for more).
import type { DbHandle } from '../store/db-handle';
import { newEnrollmentCode, normaliseEnrollmentCode, sha256Hex } from '../store/secrets';

export type CodeCheck =
  { ok: true; siteId: string } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

export function enrollmentRepo({ db }: DbHandle) {
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

    /**
     * Counts one use of the code if it is still valid. Run inside the transaction creating the
     * device. The check and the count are one conditional UPDATE: on PostgreSQL a read then a
     * write let simultaneous tries all see the code unused (8 tries, 8 devices from a single-use
     * code); here a concurrent claim waits for the row and re-checks `uses`, so at most `max_uses`
     * claims succeed, and a claim rolled back with its device frees its use again.
     */
    async consume(code: string, now: Date): Promise<CodeCheck> {
      const hash = sha256Hex(normaliseEnrollmentCode(code));
      const claimed = await db
        .updateTable('enrollment_codes')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('code_hash', '=', hash)
        .where('expires_at', '>', now.toISOString())
        .where((eb) => eb('uses', '<', eb.ref('max_uses')))
        .returning('site_id')
        .executeTakeFirst();
      if (claimed) return { ok: true, siteId: claimed.site_id };
      // Not claimed: read the code only to say why.
      const row = await db
        .selectFrom('enrollment_codes')
        .select('expires_at')
        .where('code_hash', '=', hash)
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'unknown' };
      return { ok: false, reason: row.expires_at <= now.toISOString() ? 'expired' : 'used' };
    },
  };
}
