// registry:reconcile holds a few hundred MB that live (every person being matched) while it
// allocates and drops rows by the million. V8 lets its old space grow up to 4× what survived the
// last full collection before it collects again, and on a quiet machine it did: 1.75 GB at 1 M
// registry + 300 k platform persons on PostgreSQL, for ~180 MB live (docs/registry.md, "Campaign
// at scale"). A growing factor of 2 collects sooner: 662–737 MB, no slower; 1.5 cost more time.
// It is a factor, not a ceiling: a province ten times larger still runs, with a heap to match.
import { setFlagsFromString } from 'node:v8';

const BULK_HEAP_GROWING_PERCENT = 100;

/** From now on this process collects garbage once its heap has doubled, not grown fourfold. */
export function collectSoonerForBulkWork(): void {
  setFlagsFromString(`--heap-growing-percent=${BULK_HEAP_GROWING_PERCENT}`);
}
