// A site's district (its 3-digit code in Vietnam's administrative units), so the work-queue can
// count province → district → site. Null for the sites created before it (and for a new site
// created without `--district`): the work-queue shows them under "Chưa rõ quận/huyện".
import type { Kysely, Migration } from 'kysely';

export const siteDistrict: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sites').addColumn('district', 'text').execute();
  },
};
