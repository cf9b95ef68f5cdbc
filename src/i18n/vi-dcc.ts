// Vietnamese: what the certificate verifier says for each reason of src/domain/dcc/reasons.ts.
// Loaded with the verifier (lazily), not with the shell. Every key here must exist in en-dcc.ts.
import type { DccReason } from '../domain/dcc/reasons';

export type DccMessageKey = `dcc.${DccReason}`;

export const viDcc: Record<DccMessageKey, string> = {
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
