// Why a person has no (up-to-date) signed certificate, in words: the one table for every place that
// says it (the citizen page, the work-queue's certificates section, `certificate:issue`). Staff read
// the cause and where to settle it (the work-queue, an admin command). The citizen page says each
// reason apart, in plain words, with what the citizen can do: a citizen can open neither the
// work-queue nor a terminal, and "settle it in /reports/registry" would tell them nothing.
import type { NotSignableReason } from './subject';

export type Audience = 'staff' | 'citizen';
type Words = Record<NotSignableReason, Record<Audience, string>>;

const vi: Words = {
  'identity-pending': {
    staff:
      'chưa đối chiếu với CSDL dân cư (lượt tiếp đón mới được đối chiếu trong vài giây, khi registry:reconcile đã chạy)',
    citizen:
      'Thông tin của bạn đang được đối chiếu với Cơ sở dữ liệu quốc gia về dân cư. Chứng nhận sẽ được ký khi đối chiếu xong.',
  },
  'identity-mismatch': {
    staff:
      'thông tin ghi nhận khác CSDL dân cư: xử lý trong hàng đợi đối chiếu (/reports/registry)',
    citizen:
      'Thông tin ghi khi tiêm (họ tên, ngày sinh hoặc giới tính) khác với Cơ sở dữ liệu quốc gia về dân cư. Cơ quan y tế đang rà soát; nếu bạn biết thông tin bị sai, hãy báo nơi bạn đã tiêm.',
  },
  'identity-ambiguous': {
    staff:
      'nhiều người trong CSDL dân cư có thể là người này: chọn một người trong hàng đợi đối chiếu (/reports/registry)',
    citizen:
      'Có nhiều người trong Cơ sở dữ liệu quốc gia về dân cư giống thông tin của bạn. Cơ quan y tế đang xác định; hãy mang CCCD đến nơi bạn đã tiêm nếu cần nhanh.',
  },
  'identity-not-found': {
    staff: 'CSDL dân cư không có ai với số định danh này',
    citizen:
      'Không tìm thấy bạn trong Cơ sở dữ liệu quốc gia về dân cư với số định danh này. Hãy mang CCCD đến nơi bạn đã tiêm để được cập nhật.',
  },
  'issuer-not-ready': {
    staff: 'chưa có khóa ký nào được phép ký lúc này (chạy issuer:init hoặc issuer:rotate)',
    citizen:
      'Hệ thống chưa bắt đầu ký số chứng nhận. Thông tin tiêm chủng của bạn đã được ghi nhận; hãy quay lại sau.',
  },
  'not-certifiable': {
    staff: 'các mũi tiêm không ghi được thành chứng nhận EU DCC (vắc xin chưa có mã EU?)',
    citizen:
      'Thông tin tiêm chủng của bạn chưa thể ghi thành chứng nhận số (ví dụ loại vắc xin chưa có mã quốc tế). Cơ quan y tế đang xử lý.',
  },
  issuing: {
    staff: 'chứng nhận mới đang được ký: xem lại sau một phút',
    citizen: 'Chứng nhận đang được cấp cho mũi tiêm mới nhất. Hãy tải lại trang sau ít phút.',
  },
};

const en: Words = {
  'identity-pending': {
    staff:
      'the identity is not matched with the population registry yet (new check-ins are matched within seconds once registry:reconcile has run)',
    citizen:
      'Your details are being compared with the national population database. The certificate is signed once that is done.',
  },
  'identity-mismatch': {
    staff:
      'the recorded identity differs from the population registry: settle it in the registry work-queue (/reports/registry)',
    citizen:
      'The details recorded at vaccination (name, date of birth or sex) differ from the national population database. Health staff are reviewing them; if you know a detail is wrong, tell the site where you were vaccinated.',
  },
  'identity-ambiguous': {
    staff:
      'several registry persons could be this one: choose one in the registry work-queue (/reports/registry)',
    citizen:
      'Several people in the national population database match your details. Health staff are resolving it; bring your ID card to the site where you were vaccinated if it is urgent.',
  },
  'identity-not-found': {
    staff: 'the population registry has no one with this ID number',
    citizen:
      'The national population database has no one with this ID number. Bring your ID card to the site where you were vaccinated to have it updated.',
  },
  'issuer-not-ready': {
    staff: 'no document signer may sign now (run issuer:init or issuer:rotate)',
    citizen:
      'Certificates are not being signed yet. Your vaccination is recorded; come back later.',
  },
  'not-certifiable': {
    staff: 'the doses cannot be written as an EU DCC (a vaccine without an EU code?)',
    citizen:
      'Your vaccination cannot be written as a digital certificate yet (for example, the vaccine has no international code). Health staff are handling it.',
  },
  issuing: {
    staff: 'a new certificate is being signed: look again in a minute',
    citizen:
      'The certificate for your latest dose is being issued. Reload this page in a few minutes.',
  },
};

const WORDS = { vi, en };

/** Each reason in `lang`, as `audience` reads it. */
export function notSignableWords(
  lang: 'vi' | 'en',
  audience: Audience,
): Record<NotSignableReason, string> {
  const words = Object.entries(WORDS[lang]).map(([reason, w]) => [reason, w[audience]]);
  return Object.fromEntries(words) as Record<NotSignableReason, string>;
}
