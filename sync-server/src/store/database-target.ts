// Where records are stored, as the configuration names it and the store opens it.
import type { PostgresTimeouts } from './open-postgres';

/** The embedded SQLite file, or PostgreSQL for production. */
export type DatabaseTarget =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'postgres'; url: string; timeouts?: PostgresTimeouts };
