// What each data-quality flag means, in the operators' words. Unknown codes show as themselves.

const LABELS: Record<'vi' | 'en', Record<string, string>> = {
  vi: {
    'id-birthyear-mismatch': 'Số định danh không khớp năm sinh',
    'id-century-mismatch': 'Số định danh không khớp thế kỷ sinh',
    'id-sex-mismatch': 'Số định danh không khớp giới tính',
    'missing-id': 'Người lớn không có số định danh',
    'minor-without-guardian': 'Trẻ em không có người giám hộ',
    'duplicate-dose': 'Một người bị ghi trùng mũi tiêm',
    'unknown-lot': 'Lô vắc xin chưa từng cấp cho điểm tiêm',
  },
  en: {
    'id-birthyear-mismatch': 'ID number does not match birth year',
    'id-century-mismatch': 'ID number does not match century of birth',
    'id-sex-mismatch': 'ID number does not match sex',
    'missing-id': 'Adult without an ID number',
    'minor-without-guardian': 'Minor without a guardian',
    'duplicate-dose': 'Duplicate dose for one citizen',
    'unknown-lot': 'Vaccine lot never given to the site',
  },
};

export const flagLabel = (code: string, lang: 'vi' | 'en'): string => LABELS[lang][code] ?? code;

const TYPES: Record<'vi' | 'en', Record<string, string>> = {
  vi: {
    checkin: 'Tiếp đón',
    screening: 'Khám sàng lọc',
    injection: 'Tiêm',
    observation: 'Theo dõi sau tiêm',
    correction: 'Sửa bản ghi',
  },
  en: {
    checkin: 'Check-in',
    screening: 'Screening',
    injection: 'Injection',
    observation: 'Observation',
    correction: 'Correction',
  },
};

export const recordTypeLabel = (type: string, lang: 'vi' | 'en'): string =>
  TYPES[lang][type] ?? type;

const DUPLICATE_REASONS: Record<'vi' | 'en', Record<string, string>> = {
  vi: {
    'same-dose-number': 'Cùng một mũi được tiêm hai lần',
    'same-day': 'Hai mũi trong cùng một ngày',
  },
  en: { 'same-dose-number': 'Dose number given twice', 'same-day': 'Two doses on the same day' },
};

/** A flagged record's note: the duplicate reasons worded, other flags' messages as stored. */
export function flagDetail(code: string, detail: string, lang: 'vi' | 'en'): string {
  if (code !== 'duplicate-dose') return detail;
  return detail
    .split(' ')
    .map((r) => DUPLICATE_REASONS[lang][r] ?? r)
    .join('; ');
}
