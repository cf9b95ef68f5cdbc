// Vietnamese: what the certificate verifier says for each reason of src/domain/dcc/reasons.ts.
// Loaded with the verifier (lazily), not with the shell. Every key here must exist in en-dcc.ts.
import type { DccReason } from '../domain/dcc/reasons';

/** A reason's message, and the words of the desk's certificate card. */
export type DccMessageKey =
  | `dcc.${DccReason}`
  | 'dcc.heading'
  | 'dcc.valid'
  | 'dcc.invalid'
  | 'dcc.signer'
  | 'dcc.notVaccination'
  | 'dcc.nothingRecorded'
  | 'dcc.continue'
  | 'dcc.scanAnother'
  | 'dcc.fromCertificate';

export const viDcc: Record<DccMessageKey, string> = {
  'dcc.heading': 'Chứng nhận tiêm chủng (EU DCC)',
  'dcc.valid': 'Chứng nhận hợp lệ',
  'dcc.invalid': 'Chứng nhận không hợp lệ',
  'dcc.signer': 'Nơi ký',
  'dcc.notVaccination':
    'Đây là chứng nhận xét nghiệm hoặc khỏi bệnh, không ghi mũi tiêm nào. Hãy tiếp đón như người đến trực tiếp.',
  'dcc.nothingRecorded': 'Không ghi nhận mũi tiêm nào từ chứng nhận này.',
  'dcc.continue': 'Tiếp đón người này',
  'dcc.scanAnother': 'Quét mã khác',
  'dcc.fromCertificate':
    'Họ tên, ngày sinh và các mũi đã tiêm lấy từ chứng nhận. Chứng nhận không có số CCCD: nhập số nếu người này mang giấy tờ, hoặc để trống.',
  'dcc.ok': 'Chứng nhận hợp lệ.',
  'dcc.prefix': 'Mã QR này không phải chứng nhận tiêm chủng EU DCC (không bắt đầu bằng HC1:).',
  'dcc.base45': 'Mã QR bị hỏng hoặc không đọc đủ. Hãy quét lại.',
  'dcc.compression': 'Dữ liệu trong mã QR bị hỏng. Hãy quét lại.',
  'dcc.cbor': 'Dữ liệu chứng nhận không đúng định dạng: không đọc được.',
  'dcc.cose': 'Chứng nhận không có chữ ký số đúng định dạng.',
  'dcc.cwt': 'Chứng nhận thiếu thông tin bắt buộc (ngày cấp, ngày hết hạn hoặc nội dung).',
  'dcc.kid-missing': 'Chứng nhận không ghi đơn vị ký: không kiểm tra được.',
  'dcc.kid-unknown':
    'Đơn vị ký chứng nhận này không có trong danh sách tin cậy. Kết nối mạng để cập nhật danh sách rồi quét lại.',
  'dcc.signature': 'Chữ ký số không hợp lệ: chứng nhận đã bị sửa hoặc giả mạo.',
  'dcc.not-yet-valid': 'Chứng nhận chưa có hiệu lực. Kiểm tra lại ngày giờ của máy.',
  'dcc.expired': 'Chứng nhận đã hết hạn.',
  'dcc.signer-not-yet-valid': 'Chứng nhận được ký trước khi khoá ký có hiệu lực.',
  'dcc.signer-expired': 'Khoá ký của chứng nhận đã hết hạn.',
  'dcc.key-usage': 'Đơn vị ký không được phép ký loại chứng nhận này.',
  'dcc.schema': 'Nội dung chứng nhận không đúng chuẩn EU DCC.',
  'dcc.revoked-certificate': 'Chứng nhận này đã bị thu hồi.',
  'dcc.revoked-signer': 'Khoá ký của chứng nhận này đã bị thu hồi.',
};
