import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { isMessageKey, loadTranslator } from '../../../src/i18n/i18n';
import { vi } from '../../../src/i18n/vi';

// Codes the sync layer throws and the server returns for rejected records (DESIGN, protocol).
const ENROLL_ERRORS = [
  'enroll.badCode',
  'enroll.unreachable',
  'enroll.badUrl',
  'enroll.serverError',
];
const SERVER_FIELD_CODES = [
  'required',
  'type',
  'format',
  'enum',
  'too-long',
  'wrong-site',
  'unknown-staff',
  'conflict',
  'id-birthyear-mismatch',
  'id-sex-mismatch',
  'id-century-mismatch',
  'minor-without-guardian',
  'missing-id',
];

describe('dictionaries', () => {
  it('have exactly the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty message and the same {placeholders} in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('store Vietnamese in NFC, so diacritics compare and render the same everywhere', () => {
    for (const text of Object.values(vi)) expect(text).toBe(text.normalize('NFC'));
  });

  it('word every enrollment error and every server field code', () => {
    for (const key of [...ENROLL_ERRORS, ...SERVER_FIELD_CODES.map((c) => `field.${c}`)]) {
      expect(isMessageKey(key), key).toBe(true);
    }
  });
});

describe('translator', () => {
  it('interpolates {name} and formats numbers for the language', async () => {
    expect((await loadTranslator('vi'))('prepare.progress', { done: 1200, total: 2000 })).toContain(
      '1.200 / 2.000',
    );
    expect((await loadTranslator('en'))('prepare.progress', { done: 1200, total: 2000 })).toContain(
      '1,200 / 2,000',
    );
  });

  it('leaves a placeholder visible when its parameter is missing', async () => {
    expect((await loadTranslator('en'))('prepare.progress', { done: 3 })).toContain('{total}');
  });

  it('does not treat inherited object properties as message keys', () => {
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('field.nonexistent')).toBe(false);
  });
});
