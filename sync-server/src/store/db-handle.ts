// The handle a feature builds its repositories from: the store and each transaction hand it out.
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * What every repository is built from, by the feature that owns it: the database or one
 * transaction, and who hears the sites whose `changes` a write through it moved.
 */
export interface DbHandle {
  db: Kysely<Database>;
  appended?: (sites: string[]) => void;
}
