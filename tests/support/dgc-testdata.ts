// Where the EU DCC test cases are (../shared/dgc-testdata beside the repository, which holds no
// copy of them): DGC_TESTDATA if set, else the shared folder beside this checkout, else the
// workplace's shared folder (a clone made elsewhere, as CI's may be). Undefined when none exists:
// the tests that read them say so and skip.
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const DGC_TESTDATA: string | undefined = [
  process.env.DGC_TESTDATA,
  path.resolve(ROOT, '../shared/dgc-testdata'),
  '/work/shared/dgc-testdata',
].find((dir): dir is string => dir !== undefined && existsSync(path.join(dir, 'README.md')));
