// The report pages' words: Vietnamese by default (operators are Vietnamese), English with
// ?lang=en. Kept NFC: precomposed letters, as Vietnamese keyboards type them.

import { EARLIEST_YEAR, LATEST_YEAR, type DateProblem } from '../../../../src/domain/local-date';
import type { VoidReason } from '../../../../src/domain/records';
import { MAX_DAYS, type FilterProblem } from '../filters';

export type Lang = 'vi' | 'en';

/** A refused value as shown back: enough to recognise it, never a page of someone's text. */
const shown = (given: string): string => (given.length > 40 ? `${given.slice(0, 40)}…` : given);

const VI_DATE_PROBLEMS: Record<DateProblem, string> = {
  format: 'không phải là ngày dạng ngày/tháng/năm (dd/mm/yyyy, ví dụ 20/11/2026) hay YYYY-MM-DD',
  'not-a-date': 'không có trong lịch',
  'year-range': `có năm ngoài khoảng ${EARLIEST_YEAR}–${LATEST_YEAR}`,
};
const EN_DATE_PROBLEMS: Record<DateProblem, string> = {
  format: 'is not a date written dd/mm/yyyy (e.g. 20/11/2026) or YYYY-MM-DD',
  'not-a-date': 'is not a day of the calendar',
  'year-range': `has a year outside ${EARLIEST_YEAR}–${LATEST_YEAR}`,
};

const vi = {
  appName: 'Báo cáo tiêm chủng',
  navLabel: 'Các trang báo cáo',
  overview: 'Tiến độ tiêm chủng',
  quality: 'Chất lượng dữ liệu',
  registry: 'Làm sạch dữ liệu',
  signIn: 'Đăng nhập',
  signInTitle: 'Đăng nhập báo cáo',
  signInIntro: 'Dành cho cán bộ theo dõi tiến độ của tỉnh, thành phố và cả nước.',
  signOut: 'Đăng xuất',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  badCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  tooMany: (s: number) => `Thử quá nhiều lần. Vui lòng thử lại sau ${s} giây.`,
  otherLang: 'English',
  scopeNational: 'Toàn quốc',
  scopeProvince: (p: string) => `Tỉnh/thành ${p}`,
  scopeSite: (s: string) => `Điểm tiêm ${s}`,
  filters: 'Bộ lọc',
  from: 'Từ ngày',
  to: 'Đến ngày',
  province: 'Tỉnh/thành',
  allProvinces: 'Tất cả',
  apply: 'Xem',
  badFilter: (p: FilterProblem) => {
    if (p.field === 'range') {
      return p.problem === 'reversed'
        ? 'Từ ngày ở sau Đến ngày. Hãy chọn lại hai ngày rồi bấm Xem.'
        : `Khoảng ngày dài hơn ${MAX_DAYS} ngày. Hãy chọn khoảng ngắn hơn rồi bấm Xem.`;
    }
    const which = p.field === 'from' ? 'Từ ngày' : 'Đến ngày';
    return `${which} “${shown(p.given)}” ${VI_DATE_PROBLEMS[p.problem]}. Hãy nhập lại ngày (dd/mm/yyyy) rồi bấm Xem.`;
  },
  tooManyRecords: (n: string) =>
    `Danh sách này có quá nhiều hồ sơ để hiện trên một trang (hơn ${n}). Hãy chọn ít ngày hơn hoặc một tỉnh/thành.`,
  csv: 'Tải CSV',
  csvOf: (t: string) => `Tải CSV: ${t}`,
  noData: 'Không có dữ liệu trong khoảng này.',
  totalDoses: 'Tổng số mũi tiêm',
  dosesPerDay: 'Số mũi tiêm theo ngày',
  byProvince: 'Theo tỉnh/thành',
  bySite: 'Theo điểm tiêm',
  byVaccine: 'Theo vắc xin',
  byDose: 'Theo mũi',
  date: 'Ngày',
  doses: 'Số mũi',
  site: 'Điểm tiêm',
  siteId: 'Mã điểm',
  vaccine: 'Vắc xin',
  doseNumber: 'Mũi số',
  coverage: 'Tỷ lệ người đăng ký đã được tiêm',
  coverageBySite: 'Tỷ lệ đã tiêm theo điểm tiêm',
  coverageByProvince: 'Tỷ lệ đã tiêm theo tỉnh/thành',
  registered: 'Đăng ký',
  vaccinated: 'Đã tiêm',
  rate: 'Tỷ lệ',
  lateness: 'Độ trễ gửi dữ liệu',
  latenessIntro: 'Thời gian từ lúc tiêm đến lúc máy chủ nhận được bản ghi.',
  latenessBins: 'Phân bố độ trễ',
  delay: 'Độ trễ',
  records: 'Số bản ghi',
  median: 'Trung vị (p50)',
  p95: 'p95',
  max: 'Lâu nhất',
  flags: 'Các cảnh báo dữ liệu',
  flagCount: 'Số bản ghi',
  flag: 'Cảnh báo',
  details: 'Xem bản ghi',
  affected: (f: string) => `Bản ghi có cảnh báo: ${f}`,
  recordId: 'Mã bản ghi',
  type: 'Loại',
  citizenId: 'Số định danh (che bớt)',
  note: 'Ghi chú',
  back: 'Quay lại chất lượng dữ liệu',
  notFound: 'Không tìm thấy',
  range: (from: string, to: string) => `Từ ${from} đến ${to}`,
  // Both records of a duplicate dose, to find them.
  dupThis: 'Bản ghi này',
  dupOthers: 'Trùng với',
  dupDevice: 'máy',
  dupStaff: 'nhân viên',
  dupSite: 'điểm tiêm',
  dupAt: (time: string, date: string) => `lúc ${time} ngày ${date}`,
  // The menu on a phone, and dates typed day first.
  menu: 'Trình đơn',
  dateHint: 'ngày/tháng/năm',
  dateTitle: 'Ngày dạng dd/mm/yyyy, ví dụ 20/11/2026',
  // A voided record on its page.
  voided: 'Đã huỷ',
  voidReasons: {
    'wrong-person': 'Ghi nhầm người',
    duplicate: 'Ghi trùng',
    'not-given': 'Chưa tiêm thực tế',
    other: 'Khác',
  } as Record<VoidReason, string>,
  voidBy: (staff: string, time: string) => `bởi nhân viên ${staff} lúc ${time}`,
};

export type Strings = typeof vi;

const en: Strings = {
  appName: 'Vaccination reports',
  navLabel: 'Report pages',
  overview: 'Vaccination progress',
  quality: 'Data quality',
  registry: 'Data cleaning',
  signIn: 'Sign in',
  signInTitle: 'Sign in to the reports',
  signInIntro: 'For provincial and national operators following vaccination progress.',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  badCredentials: 'Wrong username or password.',
  tooMany: (s: number) => `Too many attempts. Please try again in ${s} seconds.`,
  otherLang: 'Tiếng Việt',
  scopeNational: 'Nationwide',
  scopeProvince: (p: string) => `Province ${p}`,
  scopeSite: (s: string) => `Site ${s}`,
  filters: 'Filters',
  from: 'From',
  to: 'To',
  province: 'Province',
  allProvinces: 'All',
  apply: 'Show',
  badFilter: (p: FilterProblem) => {
    if (p.field === 'range') {
      return p.problem === 'reversed'
        ? 'From is after To. Choose the two dates again and press Show.'
        : `The range is longer than ${MAX_DAYS} days. Choose a shorter one and press Show.`;
    }
    const which = p.field === 'from' ? 'From' : 'To';
    return `${which} “${shown(p.given)}” ${EN_DATE_PROBLEMS[p.problem]}. Type the date again (dd/mm/yyyy) and press Show.`;
  },
  tooManyRecords: (n: string) =>
    `This list holds too many records (more than ${n}) to show on one page. Choose fewer days or one province.`,
  csv: 'Download CSV',
  csvOf: (t: string) => `Download CSV: ${t}`,
  noData: 'No data in this range.',
  totalDoses: 'Doses given',
  dosesPerDay: 'Doses per day',
  byProvince: 'By province',
  bySite: 'By site',
  byVaccine: 'By vaccine',
  byDose: 'By dose number',
  date: 'Date',
  doses: 'Doses',
  site: 'Site',
  siteId: 'Site code',
  vaccine: 'Vaccine',
  doseNumber: 'Dose',
  coverage: 'Registrations vaccinated',
  coverageBySite: 'Registrations vaccinated by site',
  coverageByProvince: 'Registrations vaccinated by province',
  registered: 'Registered',
  vaccinated: 'Vaccinated',
  rate: 'Rate',
  lateness: 'How late records arrive',
  latenessIntro: 'Time from the injection until the server received the record.',
  latenessBins: 'Distribution of delays',
  delay: 'Delay',
  records: 'Records',
  median: 'Median (p50)',
  p95: 'p95',
  max: 'Longest',
  flags: 'Data-quality flags',
  flagCount: 'Records',
  flag: 'Flag',
  details: 'Show records',
  affected: (f: string) => `Records flagged: ${f}`,
  recordId: 'Record id',
  type: 'Type',
  citizenId: 'ID number (masked)',
  note: 'Note',
  back: 'Back to data quality',
  notFound: 'Not found',
  range: (from: string, to: string) => `${from} to ${to}`,
  // Both records of a duplicate dose, to find them.
  dupThis: 'This record',
  dupOthers: 'Same dose as',
  dupDevice: 'tablet',
  dupStaff: 'staff',
  dupSite: 'site',
  dupAt: (time: string, date: string) => `at ${time} on ${date}`,
  // The menu on a phone, and dates typed day first.
  menu: 'Menu',
  dateHint: 'day/month/year',
  dateTitle: 'A date written dd/mm/yyyy, e.g. 20/11/2026',
  // A voided record on its page.
  voided: 'Voided',
  voidReasons: {
    'wrong-person': 'Wrong person',
    duplicate: 'Recorded twice',
    'not-given': 'Not actually given',
    other: 'Other',
  },
  voidBy: (staff: string, time: string) => `by staff ${staff} at ${time}`,
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

export const langOf = (query: { lang?: unknown }): Lang => (query.lang === 'en' ? 'en' : 'vi');
