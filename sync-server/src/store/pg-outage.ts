// The pg pool as Kysely sees it, made to live through PostgreSQL going away or hanging:
// - a connection that fails is never an uncaught 'error' event (that ended the process) and is
//   never handed out again: a client whose query failed on the connection itself (cut, reset,
//   no answer within our timeout) is destroyed when released;
// - while the database is known to be away, requests fail at once instead of queueing behind
//   timeouts: the first failed connection ends the wait of everyone waiting for one, and only one
//   request at a time tries the database again; its success ends the outage.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { DatabaseUnavailableError } from './unavailable';

/** A failure of the connection (refused, cut, timed out), not an answer of PostgreSQL's. */
function connectionFailure(err: unknown): err is Error {
  return err instanceof Error && !(err instanceof pg.DatabaseError);
}

function unavailable(cause: Error): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`PostgreSQL is unreachable: ${cause.message}`, { cause });
}

export function outagePool(pool: pg.Pool): PostgresPool {
  // An idle client's lost connection: the pool has dropped it already.
  pool.on('error', () => undefined);
  // A checked-out client's lost connection: its query, if any, fails with the same error, and the
  // client is dropped when released (pg-pool listens only while a client is idle).
  pool.on('connect', (client) => client.on('error', () => undefined));

  let outage: Error | undefined;
  let trying = false;
  const waiting = new Set<(err: Error) => void>();
  const down = (err: Error) => {
    outage = err;
    for (const fail of waiting) fail(unavailable(err));
    waiting.clear();
  };

  const nextClient = () =>
    new Promise<pg.PoolClient>((resolve, reject) => {
      waiting.add(reject);
      pool.connect().then(
        (client) => {
          // Already failed by an outage: the client goes back unused.
          if (waiting.delete(reject)) resolve(client);
          else client.release();
        },
        (err: unknown) => {
          waiting.delete(reject);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });

  /** `trial`: the one request that tries the database during an outage; its query decides. */
  function wrap(client: pg.PoolClient, trial: boolean): PostgresPoolClient {
    let broken: Error | undefined;
    let deciding = trial;
    const decided = () => {
      if (deciding) trying = false;
      deciding = false;
    };
    const wrapped = {
      async query(sql: string, parameters: readonly unknown[]) {
        if (broken) throw unavailable(broken);
        try {
          const result = await client.query(sql, [...parameters]);
          outage = undefined;
          return result;
        } catch (err) {
          if (!connectionFailure(err)) throw err;
          broken = err;
          down(err);
          throw unavailable(err);
        } finally {
          decided();
        }
      },
      release: () => {
        decided();
        client.release(broken);
      },
    };
    return wrapped as unknown as PostgresPoolClient;
  }

  return {
    async connect() {
      if (outage && trying) throw unavailable(outage);
      const trial = outage !== undefined;
      trying ||= trial;
      try {
        return wrap(await nextClient(), trial);
      } catch (err) {
        if (trial) trying = false;
        if (err instanceof DatabaseUnavailableError) throw err;
        const failure = err instanceof Error ? err : new Error(String(err));
        down(failure);
        throw unavailable(failure);
      }
    },
    end: () => pool.end(),
  };
}
