import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../../src/app/field-error-text';
import { formatClock, formatDate, relativeTime } from '../../../src/i18n/format';
import { loadTranslator } from '../../../src/i18n/i18n';

const vi = await loadTranslator('vi');
const en = await loadTranslator('en');

describe('formatDate / formatClock', () => {
  it('writes dates the Vietnamese way and keeps the site-local clock time', () => {
    expect(formatDate('1990-03-07')).toBe('07/03/1990');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatClock('2026-11-23T08:05:00+07:00')).toBe('08:05');
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-11-23T10:00:00+07:00');
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

  it('says nothing when there never was a sync', () => {
    expect(relativeTime(null, now, vi)).toBeNull();
  });

  it('picks the unit by distance', () => {
    expect(relativeTime(ago(0.5), now, vi)).toBe('vừa xong');
    expect(relativeTime(ago(2), now, vi)).toBe('2 phút trước');
    expect(relativeTime(ago(59), now, en)).toBe('59 min ago');
    expect(relativeTime(ago(125), now, vi)).toBe('2 giờ trước');
    expect(relativeTime(ago(3 * 24 * 60 + 5), now, en)).toBe('3 days ago');
  });
});

describe('fieldErrorText', () => {
  it('words a known server code in the chosen language', () => {
    const error = { field: 'citizen.sex', code: 'id-sex-mismatch', message: 'sex mismatch' };
    expect(fieldErrorText(error, vi)).toBe('Giới tính trong số CCCD khác với giới tính đã nhập.');
    expect(fieldErrorText(error, en)).not.toBe(fieldErrorText(error, vi));
  });

  it("falls back to the server's own message for a code it does not know", () => {
    const error = { field: 'x', code: 'brand-new-rule', message: 'Server says no' };
    expect(fieldErrorText(error, vi)).toBe('Server says no');
  });
});
