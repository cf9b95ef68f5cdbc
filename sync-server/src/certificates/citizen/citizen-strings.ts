// The citizen page's words: Vietnamese first, English with ?lang=en. Plain words for a citizen on
// a phone: what to type, what was found, what to do next (why a certificate is not signed yet:
// not-signable-words.ts). Kept NFC.
import { notSignableWords } from '../not-signable-words';

export type Lang = 'vi' | 'en';

export const langOf = (query: { lang?: unknown }): Lang => (query.lang === 'en' ? 'en' : 'vi');

const vi = {
  title: 'Chứng nhận tiêm chủng vắc xin COVID-19',
  brand: 'Bộ Y tế · Tiêm chủng COVID-19',
  otherLang: 'English',
  intro:
    'Nhập số định danh cá nhân (CCCD 12 số, hoặc CMND 9 số) và ngày sinh để xem chứng nhận tiêm chủng của bạn.',
  idNumber: 'Số định danh cá nhân / CCCD',
  idHint: '12 chữ số, ví dụ 001090012345',
  dob: 'Ngày sinh',
  dobHint: 'ngày/tháng/năm, ví dụ 20/11/1990',
  find: 'Xem chứng nhận',
  notFound:
    'Không tìm thấy chứng nhận với số định danh và ngày sinh này. Hãy kiểm tra lại cả hai; nếu đúng mà vẫn không thấy, hãy hỏi nơi bạn đã tiêm.',
  badId: 'Số định danh phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ), không có dấu cách.',
  badDob: 'Ngày sinh phải có dạng ngày/tháng/năm, ví dụ 20/11/1990.',
  tooMany: (s: number) => `Bạn đã thử quá nhiều lần. Hãy thử lại sau ${s} giây.`,
  yellow: 'Đã tiêm, chưa đủ liều cơ bản',
  green: 'Đã tiêm đủ liều cơ bản',
  colourLabel: 'Tình trạng',
  doses: 'Các mũi đã tiêm',
  doseNumber: 'Mũi',
  date: 'Ngày tiêm',
  vaccine: 'Vắc xin',
  uvci: 'Mã chứng nhận',
  validUntil: 'Có giá trị đến',
  signedNote: 'Mã QR được ký số theo chuẩn Chứng nhận COVID số của EU: quét để kiểm tra.',
  print: 'In thẻ (khổ A6)',
  again: 'Tra cứu người khác',
  notSignableTitle: 'Chứng nhận chưa được ký số',
  notUpToDateTitle: 'Chứng nhận dưới đây chưa có thông tin mới nhất',
  notSignable: notSignableWords('vi', 'citizen'),
};

const en: typeof vi = {
  title: 'COVID-19 vaccination certificate',
  brand: 'Ministry of Health · COVID-19 vaccination',
  otherLang: 'Tiếng Việt',
  intro:
    'Enter your personal identification number (12-digit citizen ID, or 9-digit old ID) and your date of birth to see your vaccination certificate.',
  idNumber: 'Personal ID number',
  idHint: '12 digits, e.g. 001090012345',
  dob: 'Date of birth',
  dobHint: 'day/month/year, e.g. 20/11/1990',
  find: 'Show my certificate',
  notFound:
    'No certificate was found for this ID number and date of birth. Check both; if they are right and nothing is found, ask the site where you were vaccinated.',
  badId: 'The ID number has 12 digits (or 9 for an old ID), without spaces.',
  badDob: 'Write the date of birth as day/month/year, e.g. 20/11/1990.',
  tooMany: (s: number) => `Too many tries. Try again in ${s} seconds.`,
  yellow: 'Vaccinated, primary series not complete',
  green: 'Primary series complete',
  colourLabel: 'Status',
  doses: 'Doses received',
  doseNumber: 'Dose',
  date: 'Date',
  vaccine: 'Vaccine',
  uvci: 'Certificate ID',
  validUntil: 'Valid until',
  signedNote: 'The QR code is signed as an EU Digital COVID Certificate: scan it to check it.',
  print: 'Print the card (A6)',
  again: 'Look up someone else',
  notSignableTitle: 'The certificate is not signed yet',
  notUpToDateTitle: 'The certificate below does not show the latest details yet',
  notSignable: notSignableWords('en', 'citizen'),
};

export const CITIZEN_STRINGS: Record<Lang, typeof vi> = { vi, en };
