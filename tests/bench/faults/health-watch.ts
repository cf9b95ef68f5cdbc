// Watches /healthz while the database is cut or frozen: a probe every `everyMs`, each with its own
// deadline and none waiting for the one before (a hung answer must not hide the next), so the
// first 503 after an outage begins is seen when it arrives, not when an earlier probe gives up.
export interface HealthProbe {
  /** performance.now() when the probe was sent and when it ended. */
  sentAt: number;
  endedAt: number;
  /** The HTTP status, or 'timeout' / 'error' (no answer). */
  outcome: number | 'timeout' | 'error';
}

export interface HealthWatch {
  probes: HealthProbe[];
  /** The first 503 answered after `since` (ms since `since`), or undefined. */
  first503After(since: number): number | undefined;
  /** The first 200 answered to a probe sent after `since` (ms since `since`), or undefined. */
  firstOkAfter(since: number): number | undefined;
  stop(): Promise<void>;
}

const PROBE_DEADLINE_MS = 5_000;
const MAX_IN_FLIGHT = 60;

export function watchHealth(port: number, everyMs = 100): HealthWatch {
  const probes: HealthProbe[] = [];
  const inFlight = new Set<Promise<void>>();
  const probe = async () => {
    const sentAt = performance.now();
    let outcome: HealthProbe['outcome'];
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, {
        signal: AbortSignal.timeout(PROBE_DEADLINE_MS),
      });
      await res.arrayBuffer();
      outcome = res.status;
    } catch (err) {
      outcome = (err as Error).name === 'TimeoutError' ? 'timeout' : 'error';
    }
    probes.push({ sentAt, endedAt: performance.now(), outcome });
  };
  const timer = setInterval(() => {
    if (inFlight.size >= MAX_IN_FLIGHT) return;
    const p = probe().finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, everyMs);

  const firstAfter = (since: number, match: (p: HealthProbe) => boolean) => {
    const ends = probes.filter((p) => p.endedAt >= since && match(p)).map((p) => p.endedAt);
    return ends.length === 0 ? undefined : Math.min(...ends) - since;
  };
  return {
    probes,
    first503After: (since) => firstAfter(since, (p) => p.outcome === 503),
    firstOkAfter: (since) => firstAfter(since, (p) => p.sentAt >= since && p.outcome === 200),
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}
