// Which of the codes read in one camera frame the desk acts on. A card is often held beside
// another QR (a poster's address, the citizen's own registration slip): the citizen's code wins
// over anything else, the strongest identity first. Two codes that name different citizens are
// never guessed between.
import { parseScan, type ScanResult } from './scan';

export type ScanChoice = { kind: 'one'; scan: ScanResult } | { kind: 'several-citizens' };

/** Lower is preferred: an ID card names the person, a slip only points at a registration. */
const RANK: Record<ScanResult['kind'], number> = {
  cccd: 0,
  personal: 1,
  registration: 2,
  dcc: 3,
  'personal-masked': 4,
  'registration-damaged': 5,
  unknown: 6,
};

/** Whom a citizen's code names, in a form comparable with codes of its own family only: an ID
 * card and a slip cannot be compared without the registration list. */
function identity(scan: ScanResult): { family: string; who: string } | null {
  switch (scan.kind) {
    case 'cccd':
      return { family: 'id', who: scan.citizen.id };
    case 'personal':
      return { family: 'id', who: scan.id };
    case 'registration':
      return { family: 'registration', who: `${scan.siteId}/${scan.code}` };
    case 'dcc':
      return { family: 'dcc', who: scan.text };
    default:
      return null;
  }
}

/** `texts`: the codes of one frame, at least one. */
export function chooseScan(texts: readonly string[]): ScanChoice {
  const scans = texts.map(parseScan);
  const seen = new Map<string, string>();
  for (const scan of scans) {
    const named = identity(scan);
    if (named === null) continue;
    const before = seen.get(named.family);
    if (before !== undefined && before !== named.who) return { kind: 'several-citizens' };
    seen.set(named.family, named.who);
  }
  const [best] = scans.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  return { kind: 'one', scan: best! };
}
