// App shell JS before the scanner loads: the scripts index.html loads, gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export async function benchShellSize(): Promise<string> {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
    0,
  );
  return `app shell JS (${scripts.join(', ')}): ${(bytes / 1024).toFixed(1)} KB gzip — target ≤ 60 KB`;
}
