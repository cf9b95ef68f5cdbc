// `npm run bench`: prints the figures of DESIGN §7 measured on this machine.
import { benchDecoders } from './decoders';
import { benchIngest } from './ingest';
import { benchPull } from './pull';
import { benchShellSize } from './shell-size';

const PORT = Number(process.env.BENCH_PORT ?? 18090);

const lines: string[] = [];
for (const [name, bench] of [
  ['ingest', benchIngest],
  ['pull', benchPull],
  ['shell size', benchShellSize],
  ['decoders', benchDecoders],
] as const) {
  process.stdout.write(`running ${name}…\n`);
  const line = await bench(PORT);
  console.log(line);
  lines.push(line);
}
console.log(`\n${lines.join('\n')}`);
