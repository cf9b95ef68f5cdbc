// A TCP proxy that a test (or a benchmark) puts between a server and its database, to play the
// database's outages for real:
//
//   const proxy = await startTcpProxy({ port: 5432 });   // listens on 127.0.0.1:<proxy.port>
//   proxy.cut();       // the database is gone: every connection reset, new ones reset at once
//   proxy.freeze();    // the database hangs: connections stay open, no byte goes through either
//                      // way; new connections are accepted and never answered
//   proxy.restore();   // the database is back: frozen connections flow again, new ones connect
//   await proxy.close();
//
// Nothing is buffered while frozen beyond what the sockets hold: the proxy stops reading, so
// senders see TCP backpressure, as with a database that stopped reading its socket.
import net from 'node:net';

export type TcpProxyState = 'open' | 'cut' | 'frozen';

export interface TcpProxy {
  /** The port the proxy listens on, at 127.0.0.1. */
  readonly port: number;
  /** 'open' (forwarding), 'cut' or 'frozen'. */
  readonly state: TcpProxyState;
  /** Connections ever accepted (refused ones while cut are not counted). */
  readonly accepted: number;
  /**
   * Resets every connection (both sides see ECONNRESET) and resets each new one as soon as it is
   * accepted, until restore(): to a client, a database that is down.
   */
  cut(): void;
  /**
   * Keeps every connection open but forwards nothing in either direction; new connections are
   * accepted (TCP completes) and then left unanswered, until restore().
   */
  freeze(): void;
  /** Forwards again: frozen connections resume where they stopped; new ones reach the target. */
  restore(): void;
  /** Stops listening and destroys every connection. */
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /** The target's port (PostgreSQL: 5432). */
  port: number;
  /** The target's host; 127.0.0.1 by default. */
  host?: string;
}

/** One client connection, its way to the target (opened only when not frozen), and how to resume. */
interface Pair {
  client: net.Socket;
  upstream?: net.Socket;
  resumers: (() => void)[];
}

export async function startTcpProxy({
  port,
  host = '127.0.0.1',
}: TcpProxyOptions): Promise<TcpProxy> {
  let state: TcpProxyState = 'open';
  let accepted = 0;
  const pairs = new Set<Pair>();

  const drop = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream?.destroy();
    pairs.delete(pair);
  };

  /**
   * Copies `from` to `to` while open (not with pipe(), whose drain handling would resume a frozen
   * socket); returns how to resume after a freeze, with any chunk that arrived as it began.
   */
  const forward = (from: net.Socket, to: net.Socket): (() => void) => {
    const held: Buffer[] = [];
    from.on('data', (chunk: Buffer) => {
      if (state === 'frozen') {
        held.push(chunk);
        from.pause();
      } else if (!to.write(chunk)) from.pause();
    });
    to.on('drain', () => {
      if (state === 'open') from.resume();
    });
    from.on('end', () => to.end());
    return () => {
      for (const chunk of held.splice(0)) to.write(chunk);
      from.resume();
    };
  };

  const connectUpstream = (pair: Pair) => {
    const upstream = net.connect({ port, host });
    pair.upstream = upstream;
    upstream.setNoDelay(true);
    // Each side's end or failure ends the other: the proxy is invisible but for its faults.
    upstream.on('error', () => drop(pair));
    upstream.on('close', () => drop(pair));
    pair.resumers = [forward(pair.client, upstream), forward(upstream, pair.client)];
  };

  const server = net.createServer((client) => {
    if (state === 'cut') {
      client.resetAndDestroy();
      return;
    }
    accepted++;
    client.setNoDelay(true);
    const pair: Pair = { client, resumers: [] };
    pairs.add(pair);
    client.on('error', () => drop(pair));
    client.on('close', () => drop(pair));
    if (state === 'frozen') client.pause();
    else connectUpstream(pair);
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port: listening } = server.address() as net.AddressInfo;

  return {
    port: listening,
    get state() {
      return state;
    },
    get accepted() {
      return accepted;
    },
    cut() {
      state = 'cut';
      for (const pair of [...pairs]) {
        pair.client.resetAndDestroy();
        pair.upstream?.resetAndDestroy();
        pairs.delete(pair);
      }
    },
    freeze() {
      state = 'frozen';
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream?.pause();
      }
    },
    restore() {
      const wasFrozen = state === 'frozen';
      state = 'open';
      if (!wasFrozen) return;
      for (const pair of pairs) {
        // Accepted while frozen: it connects now, with what the client sent meanwhile.
        if (pair.upstream === undefined) connectUpstream(pair);
        for (const resume of pair.resumers) resume();
      }
    },
    async close() {
      for (const pair of [...pairs]) drop(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
