// Realistic Vietnamese full names: family name, middle name(s), given name. Family names follow
// their national frequencies (Nguyễn alone is ~38%); middle names depend on sex and generation
// (Văn/Thị dominate among older people). All literals are NFC (the seed tests check it).
import type { Sex } from '../../../src/domain/records';
import type { Random } from './random';

const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 380],
  ['Trần', 110],
  ['Lê', 95],
  ['Phạm', 70],
  ['Huỳnh', 30],
  ['Hoàng', 21],
  ['Phan', 45],
  ['Võ', 25],
  ['Vũ', 14],
  ['Đặng', 21],
  ['Bùi', 20],
  ['Đỗ', 14],
  ['Hồ', 13],
  ['Ngô', 13],
  ['Dương', 10],
  ['Lý', 5],
  ['Trương', 8],
  ['Đinh', 6],
  ['Lâm', 5],
  ['Mai', 4],
  ['Đoàn', 4],
  ['Lương', 3],
  ['Cao', 3],
  ['Châu', 3],
  ['Tạ', 2],
  ['Tô', 2],
  ['Quách', 2],
];

const MIDDLE: Record<Sex, { traditional: string; modern: string[] }> = {
  M: {
    traditional: 'Văn',
    modern: [
      'Minh',
      'Hữu',
      'Đức',
      'Quốc',
      'Thanh',
      'Công',
      'Gia',
      'Hoàng',
      'Tấn',
      'Thành',
      'Xuân',
      'Anh',
      'Trọng',
      'Duy',
      'Bảo',
    ],
  },
  F: {
    traditional: 'Thị',
    modern: [
      'Ngọc',
      'Thu',
      'Thanh',
      'Minh',
      'Kim',
      'Mỹ',
      'Hồng',
      'Bảo',
      'Phương',
      'Khánh',
      'Hoài',
      'Diệu',
      'Thùy',
      'Quỳnh',
      'Gia',
    ],
  },
};

const GIVEN: Record<Sex, string[]> = {
  M: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Đạt',
    'Hải',
    'Hùng',
    'Huy',
    'Khang',
    'Khánh',
    'Khoa',
    'Kiên',
    'Long',
    'Minh',
    'Nam',
    'Nghĩa',
    'Phát',
    'Phong',
    'Phúc',
    'Quang',
    'Quân',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Thịnh',
    'Tiến',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Hiếu',
    'Lộc',
    'Bảo',
    'Đức',
    'Hưng',
    'Nhân',
    'Trí',
    'Tâm',
    'Thiện',
    'Hòa',
    'Lực',
    'Vũ',
    'Sang',
    'Tú',
  ],
  F: [
    'Anh',
    'Ánh',
    'Chi',
    'Diễm',
    'Dung',
    'Duyên',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Hồng',
    'Hương',
    'Huyền',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngân',
    'Ngọc',
    'Nhi',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Tâm',
    'Thảo',
    'Thu',
    'Thủy',
    'Trang',
    'Trâm',
    'Trinh',
    'Tuyết',
    'Uyên',
    'Vân',
    'Vy',
    'Xuân',
    'Yến',
    'Hân',
    'Nhàn',
    'Liên',
    'Tiên',
    'Châu',
    'Hậu',
  ],
};

export function randomFamilyName(rng: Random): string {
  return rng.weighted(FAMILY);
}

/** A full name for someone of `sex` born in `birthYear`, optionally with a given family name. */
export function randomFullName(
  rng: Random,
  sex: Sex,
  birthYear: number,
  family = randomFamilyName(rng),
): string {
  const middle = MIDDLE[sex];
  const traditionalShare = birthYear < 1975 ? 0.75 : birthYear < 1995 ? 0.45 : 0.15;
  const given = rng.pick(GIVEN[sex]);
  let mid = rng.chance(traditionalShare) ? middle.traditional : rng.pick(middle.modern);
  if (mid === given) mid = middle.traditional;
  // Some younger people carry two middle names, e.g. "Nguyễn Ngọc Bảo Trâm".
  if (birthYear >= 1990 && mid !== middle.traditional && rng.chance(0.12)) {
    const second = rng.pick(middle.modern);
    if (second !== mid && second !== given) mid = `${mid} ${second}`;
  }
  return `${family} ${mid} ${given}`;
}
