// Runs a task only if no other holder of the same name is running it: across tabs with the Web
// Locks API, within this tab when the browser has none.
type Task<T> = () => Promise<T>;

export type Exclusive = <T>(
  name: string,
  task: Task<T>,
) => Promise<{ ran: true; value: T } | { ran: false }>;

export function createExclusive(
  locks: LockManager | undefined = globalThis.navigator?.locks,
): Exclusive {
  const held = new Set<string>();
  return async (name, task) => {
    if (held.has(name)) return { ran: false };
    held.add(name);
    try {
      if (locks === undefined) return { ran: true, value: await task() };
      return await locks.request(name, { ifAvailable: true }, async (lock) =>
        lock === null ? { ran: false as const } : { ran: true as const, value: await task() },
      );
    } finally {
      held.delete(name);
    }
  };
}
