// A synthetic registry extract of any size, written as a stream (nothing held in memory): the
// same rows for the same count, Vietnamese names with diacritics, full, year-month and year-only
// dates of birth, optional columns sometimes empty. For timing and memory, not for match quality.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Ngọc', 'Minh', 'Thanh', 'Đức', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Lan', 'Long', 'Mai', 'Nam'];

function row(i: number): string {
  const pick = <T>(list: readonly T[], salt: number): T => list[(i * salt + salt) % list.length]!;
  const year = 1930 + (i % 90);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const dob =
    i % 10 === 0 ? `${year}` : i % 10 === 1 ? `${year}-${month}` : `${year}-${month}-${day}`;
  const name = `${pick(FAMILY, 7)} ${pick(MIDDLE, 13)} ${pick(GIVEN, 17)}`;
  const province = String(1 + (i % 96)).padStart(2, '0');
  const commune = i % 3 === 0 ? '' : String(10000 + (i % 89999));
  const phone = i % 2 === 0 ? '' : `09${String(i % 100_000_000).padStart(8, '0')}`;
  const sex = i % 2 === 0 ? 'Nam' : 'Nữ';
  return `${String(i).padStart(12, '0')},"${name}",${dob},${sex},${province},${commune},${phone}\n`;
}

/** Writes `rows` data rows (and the header) to `file`. */
export async function writeExtract(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('id_number,full_name,dob,sex,province_code,commune_code,phone\n');
  for (let i = 1; i <= rows; i++) {
    if (!out.write(row(i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
