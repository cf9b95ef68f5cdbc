// A synthetic registry extract of up to a million rows, written as a stream (nothing held in
// memory): the same rows for the same count (seeded), names as the demo seed makes them (weighted
// family names, generation-typical middle and given names), independent dates of birth (1 in 10
// a year only, 1 in 10 a year and month), ID numbers shaped like CCCD numbers. For timing and
// memory, not for match quality.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createRandom, type Random } from '../../sync-server/src/seed/random';
import { randomFullName } from '../../sync-server/src/seed/vietnamese-names';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function row(rng: Random, i: number): string {
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const year = rng.between(1930, 2019);
  const month = rng.between(1, 12);
  const shape = rng.int(10);
  const dob =
    shape === 0
      ? `${year}`
      : shape === 1
        ? `${year}-${pad(month, 2)}`
        : `${year}-${pad(month, 2)}-${pad(rng.between(1, 28), 2)}`;
  const province = pad(rng.between(1, 96), 2);
  // Province (3 digits), century and sex, year, then 6 digits that a bijection of
  // [0, 1,000,000) makes unique for up to a million rows.
  const century = (year < 2000 ? 0 : 2) + (sex === 'F' ? 1 : 0);
  const id = `0${province}${century}${pad(year % 100, 2)}${pad((i * 999_983) % 1_000_000, 6)}`;
  const commune = rng.chance(0.7) ? pad(rng.between(10000, 99999), 5) : '';
  const phone = rng.chance(0.5) ? `09${rng.digits(8)}` : '';
  const name = randomFullName(rng, sex, year);
  return `${id},"${name}",${dob},${sex === 'M' ? 'Nam' : 'Nữ'},${province},${commune},${phone}\n`;
}

/** Writes `rows` data rows (and the header) to `file`. */
export async function writeExtract(file: string, rows: number): Promise<void> {
  const rng = createRandom(19);
  const out = createWriteStream(file);
  out.write('id_number,full_name,dob,sex,province_code,commune_code,phone\n');
  for (let i = 1; i <= rows; i++) {
    if (!out.write(row(rng, i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
