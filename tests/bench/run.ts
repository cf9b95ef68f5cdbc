// `npm run bench`: prints the figures of docs/architecture.md §7 measured on this machine.
import { benchDccIssue } from './dcc-issue';
import { benchDccReissue } from './dcc-reissue';
import { benchDccSign } from './dcc-sign';
import { benchDecoders } from './decoders';
import { benchHandoffDay } from './handoff-day';
import { benchDeskLoad } from './desk-load';
import { benchHardFrames } from './hard-frames';
import { benchIdleTablets } from './idle-tablets';
import { benchIngest } from './ingest';
import { benchLookup } from './lookup';
import { benchPull } from './pull';
import { benchRegistry } from './registry';
import { benchScan } from './scan';
import { benchShellSize } from './shell-size';

const PORT = Number(process.env.BENCH_PORT ?? 18090);

const lines: string[] = [];
for (const [name, bench] of [
  ['ingest', benchIngest],
  ['pull', benchPull],
  ['lookup', benchLookup],
  ['shell size', benchShellSize],
  ['decoders', benchDecoders],
  ['hard frames', benchHardFrames],
  ['desk load', benchDeskLoad],
  ['scan', benchScan],
  ['scan, 2 CPU burners', (port: number) => benchScan(port, 2)],
  ['idle tablets', benchIdleTablets],
  ['registry', benchRegistry],
  ['dcc signing', benchDccSign],
  ['dcc issuing', benchDccIssue],
  ['dcc re-issue under push load', benchDccReissue],
  ['day hand-off', benchHandoffDay],
] as const) {
  process.stdout.write(`running ${name}…\n`);
  const line = await bench(PORT);
  console.log(line);
  lines.push(line);
}
console.log(`\n${lines.join('\n')}`);
