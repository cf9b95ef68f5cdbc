// The registry's admin commands, spread into the admin's list (admin/commands.ts). The admin room
// imports this one, so it hands in its own error for bad input (`fail`, exit code 1) rather than
// this room importing it back.
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import type { Command } from '../shared/admin-command';
import { ExtractFileError } from './extract-file-error';
import { importExtract, type ImportReport } from './import-extract';
import { importProgress } from './progress-bar';
import { reconcileCommands } from './reconcile-commands';
import { rematchImported } from './rematch';
import { extractSource } from './extract-source';

function importLines(report: ImportReport): string[] {
  const unshown = report.refusedCount - report.refused.length;
  return [
    ...report.refused.map(
      (r) => `line ${r.line}${r.column === undefined ? '' : `, column ${r.column}`}: ${r.reason}`,
    ),
    ...(unshown > 0 ? [`… and ${unshown} more refused rows`] : []),
    `Read ${report.read} rows: ${report.touched} imported (${report.inserted} new, ` +
      `${report.updated} updated), ${report.refusedCount} refused`,
  ];
}

export function registryCommands(fail: (message: string) => Error): Record<string, Command> {
  return {
    'registry:import': {
      usage: 'FILE.csv   (the population registry extract; or --file FILE.csv)',
      options: ['file'],
      positional: 'file',
      bulk: true,
      async run(store, o) {
        const file = o.file?.trim();
        if (!file) throw fail('give the extract: registry:import FILE.csv');
        const progress = importProgress(process.stderr);
        try {
          const report = await importExtract(store, file, {
            today: localDateOf(isoWithOffset(new Date(), 7 * 60)),
            onProgress: progress.update,
          });
          const rematched = await rematchImported(store, extractSource(store), report.startedAt);
          return [
            ...importLines(report),
            ...(rematched > 0 ? [`Matched again ${rematched} persons the import may concern`] : []),
          ];
        } catch (err) {
          if (err instanceof ExtractFileError) throw fail(err.message);
          throw err;
        } finally {
          progress.done();
        }
      },
    },
    ...reconcileCommands(fail),
  };
}
