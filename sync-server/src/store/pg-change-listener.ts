// One dedicated PostgreSQL connection per process that LISTENs on the change feed's channel: any
// process's commit of `changes` (a push, an admin import) wakes the pulls held here. The
// connection is kept up through outages: lost, it is opened again after 1 s, then 2, 4… up to
// 30 s; once listening again it announces 'all', since commits made meanwhile went unheard.
import pg from 'pg';
import type { MovedSites } from './change-feed';
import { CHANGES_CHANNEL } from './repos/changes';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export interface ChangeListener {
  close(): Promise<void>;
}

export function pgChangeListener(
  url: string,
  connectMs: number,
  announce: (sites: MovedSites) => void,
): ChangeListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async (): Promise<void> => {
    timer = undefined;
    // keepAlive: a connection cut without a reset (a frozen network) is noticed by TCP.
    const c = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: connectMs,
      keepAlive: true,
    });
    client = c;
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      void c.end().catch(() => undefined);
      if (closed) return;
      timer = setTimeout(() => void connect(), retryMs);
      timer.unref();
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
    c.on('error', onLost);
    c.on('end', onLost);
    c.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) announce([message.payload]);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
      retryMs = FIRST_RETRY_MS;
      announce('all');
    } catch {
      onLost();
    }
  };
  void connect();

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
