// The admin commands that match the platform against the registry and report on it
// (docs/registry.md): `registry:reconcile` and `registry:report --out FILE.csv`.
import { loadConfig } from '../config';
import type { Store } from '../store/store';
import type { Command } from '../shared/admin-command';
import { collectSoonerForBulkWork } from '../shared/bulk-heap';
import { progressBar } from './progress-bar';
import { reconcileAll } from './reconcile';
import { writeRegistryReport } from './registry-report';
import { registrySource } from './registry-source';

export function reconcileCommands(fail: (message: string) => Error): Record<string, Command> {
  return {
    'registry:reconcile': {
      usage: '   (match every person on the platform against the registry)',
      options: [],
      bulk: true,
      async run(store: Store) {
        collectSoonerForBulkWork();
        const progress = progressBar(
          process.stderr,
          'registry:reconcile',
          (done, total) => `${done} of ${total} persons matched`,
        );
        const started = Date.now();
        try {
          const r = await reconcileAll(store, registrySource(loadConfig().registry, store), {
            onProgress: progress.update,
          });
          const s = r.byStatus;
          return [
            `Matched ${r.persons} persons (${r.checkins} check-ins) in ` +
              `${((Date.now() - started) / 1000).toFixed(1)} s: ${s.verified} verified, ` +
              `${s.mismatch} mismatch, ${s.ambiguous} ambiguous, ${s['not-found']} not found`,
          ];
        } finally {
          progress.done();
        }
      },
    },
    'registry:report': {
      usage: '--out FILE.csv   (one row per person, for checks outside the platform)',
      options: ['out'],
      async run(store: Store, o) {
        const out = o.out?.trim();
        if (!out) throw fail('say where to write the report: registry:report --out FILE.csv');
        try {
          const n = await writeRegistryReport(store, out);
          return [`Wrote ${n} persons to ${out}`];
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')
            throw fail(`cannot write ${out} (${code}): check the folder exists and is writable`);
          throw err;
        }
      },
    },
  };
}
