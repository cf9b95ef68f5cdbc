// What a writer's batches say about its database. A write refused for lack of space, a read-only
// database or an I/O error is remembered until a later batch commits, or for REMEMBERED_MS: the
// health probe writes one small row in place, which can succeed while batches that need new pages
// fail, and health must say what pushes see. The time bound lets health recover when no batch
// comes (a balancer that took the server out of rotation sends none).
import { isWriteRefused } from '../../store/unavailable';

const REMEMBERED_MS = 30_000;

export interface WriteFailures {
  /** `write`, with its refusal (if any) remembered and its success forgetting earlier ones. */
  watch<T>(write: Promise<T>): Promise<T>;
  /** Throws the last refusal when it is recent and no batch committed since. */
  throwIfRecent(): void;
}

export function writeFailures(): WriteFailures {
  let last: { err: unknown; at: number } | undefined;
  return {
    watch: (write) =>
      write.then(
        (value) => {
          last = undefined;
          return value;
        },
        (err: unknown) => {
          if (isWriteRefused(err)) last = { err, at: Date.now() };
          throw err;
        },
      ),
    throwIfRecent() {
      if (last && Date.now() - last.at < REMEMBERED_MS) throw last.err;
    },
  };
}
