// Phone numbers and addresses for demo citizens around the demo site (Quận 1, TP. Hồ Chí Minh).
import type { Random } from './random';

// Mobile prefixes in use by Viettel, Vinaphone, MobiFone, Vietnamobile and Gmobile.
const MOBILE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '086',
  '096',
  '097',
  '098',
  '081',
  '082',
  '083',
  '084',
  '085',
  '088',
  '091',
  '094',
  '070',
  '076',
  '077',
  '078',
  '079',
  '089',
  '090',
  '093',
  '052',
  '056',
  '058',
  '092',
  '059',
  '099',
];

const STREETS = [
  'Lê Lợi',
  'Nguyễn Huệ',
  'Đồng Khởi',
  'Hai Bà Trưng',
  'Lý Tự Trọng',
  'Tôn Đức Thắng',
  'Pasteur',
  'Nam Kỳ Khởi Nghĩa',
  'Nguyễn Du',
  'Mạc Đĩnh Chi',
  'Thái Văn Lung',
  'Ngô Đức Kế',
  'Hồ Tùng Mậu',
  'Nguyễn Thị Minh Khai',
  'Lê Thánh Tôn',
  'Nguyễn Trãi',
  'Trần Hưng Đạo',
  'Cống Quỳnh',
  'Đề Thám',
  'Bùi Viện',
  'Phạm Ngũ Lão',
  'Nguyễn Đình Chiểu',
  'Điện Biên Phủ',
  'Trần Quang Khải',
];

const WARDS: readonly (readonly [string, number])[] = [
  ['Bến Nghé', 60],
  ['Bến Thành', 8],
  ['Đa Kao', 6],
  ['Tân Định', 5],
  ['Nguyễn Thái Bình', 5],
  ['Phạm Ngũ Lão', 5],
  ['Cầu Ông Lãnh', 3],
  ['Cô Giang', 3],
  ['Nguyễn Cư Trinh', 3],
  ['Cầu Kho', 2],
];

export function randomMobile(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(7);
}

export function randomAddress(rng: Random): string {
  // About a third of people live down an alley ("hẻm"), written as house/alley.
  const house = rng.chance(0.35)
    ? `${rng.between(1, 199)}/${rng.between(1, 60)}`
    : String(rng.between(1, 250));
  const ward = rng.weighted(WARDS);
  return `${house} ${rng.pick(STREETS)}, phường ${ward}, Quận 1, TP. Hồ Chí Minh`;
}
