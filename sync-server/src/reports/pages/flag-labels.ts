// What each data-quality flag means, in the operators' words. Unknown codes show as themselves.

const LABELS: Record<'vi' | 'en', Record<string, string>> = {
  vi: {
    'id-birthyear-mismatch': 'Số định danh không khớp năm sinh',
    'id-century-mismatch': 'Số định danh không khớp thế kỷ sinh',
    'id-sex-mismatch': 'Số định danh không khớp giới tính',
    'missing-id': 'Người lớn không có số định danh',
    'minor-without-guardian': 'Trẻ em không có người giám hộ',
    'duplicate-dose': 'Một người bị ghi trùng mũi tiêm',
    'correction-held': 'Đính chính đang chờ: chưa có hồ sơ được đính chính',
    'correction-refused': 'Đính chính không được áp dụng: người sửa không có thẩm quyền',
    'history-withheld': 'Không gửi lịch sử tiêm: chưa quét giấy tờ hay đăng ký tại điểm',
    'revoked-device-import': 'Nhập từ tệp của máy đã bị thu hồi',
    'future-time': 'Thời điểm ghi sớm hơn giờ máy chủ quá một ngày',
    'before-campaign': 'Thời điểm ghi trước ngày bắt đầu chiến dịch (08/03/2021)',
    'visit-date-off': 'Ngày lượt tiêm lệch một ngày so với thời điểm ghi',
    'unknown-lot': 'Lô vắc xin chưa từng cấp cho điểm tiêm',
  },
  en: {
    'id-birthyear-mismatch': 'ID number does not match birth year',
    'id-century-mismatch': 'ID number does not match century of birth',
    'id-sex-mismatch': 'ID number does not match sex',
    'missing-id': 'Adult without an ID number',
    'minor-without-guardian': 'Minor without a guardian',
    'duplicate-dose': 'Duplicate dose for one citizen',
    'correction-held': 'Correction held: the corrected record has not arrived',
    'correction-refused': 'Correction not applied: its author had no authority',
    'history-withheld': 'Dose history withheld: no card scan or registration at the site',
    'revoked-device-import': "Imported from a revoked device's file",
    'future-time': "Recorded more than a day ahead of the server's clock",
    'before-campaign': 'Recorded before the campaign began (8 March 2021)',
    'visit-date-off': 'Visit dated one day from when it was recorded',
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
