import { describe, expect, it, vi as vitest } from 'vitest';
import { DCC_REASONS } from '../../../src/domain/dcc/reasons';
import { en } from '../../../src/i18n/en';
import { enDcc } from '../../../src/i18n/en-dcc';
import { enStations } from '../../../src/i18n/en-stations';
import { isMessageKey, loadTranslator } from '../../../src/i18n/i18n';
import { vi } from '../../../src/i18n/vi';
import { viDcc } from '../../../src/i18n/vi-dcc';
import { viStations } from '../../../src/i18n/vi-stations';

// Codes the sync layer throws and the server returns for rejected records (docs/protocol.md).
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
  'nul',
  'not-unicode',
  'wrong-site',
  'unknown-staff',
  'conflict',
  'id-birthyear-mismatch',
  'id-sex-mismatch',
  'id-century-mismatch',
  'minor-without-guardian',
  'missing-id',
];

// The shell's dictionaries and the station screens' ones, loaded with the work screens.
const PAIRS = [
  { name: 'shell', vi: vi as Record<string, string>, en: en as Record<string, string> },
  {
    name: 'stations',
    vi: viStations as Record<string, string>,
    en: enStations as Record<string, string>,
  },
  // The certificate verifier's, keyed by the reasons of src/domain/dcc.
  { name: 'dcc', vi: viDcc as Record<string, string>, en: enDcc as Record<string, string> },
];

describe('dictionaries', () => {
  it.each(PAIRS)('have exactly the same keys in both languages ($name)', (pair) => {
    expect(Object.keys(pair.en).sort()).toEqual(Object.keys(pair.vi).sort());
  });

  it.each(PAIRS)(
    'have no empty message and the same {placeholders} in both languages ($name)',
    (pair) => {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, text] of Object.entries(pair.vi)) {
        expect(text.trim(), key).not.toBe('');
        expect(pair.en[key]?.trim(), key).not.toBe('');
        expect(placeholders(pair.en[key] ?? ''), key).toEqual(placeholders(text));
      }
    },
  );

  it.each(PAIRS)(
    'store Vietnamese in NFC, so diacritics compare and render the same everywhere ($name)',
    (pair) => {
      for (const text of Object.values(pair.vi)) expect(text).toBe(text.normalize('NFC'));
    },
  );

  it('keep each key in one dictionary only', () => {
    expect(Object.keys(viStations).filter((key) => Object.hasOwn(vi, key))).toEqual([]);
    expect(Object.keys(viDcc).filter((key) => Object.hasOwn(vi, key))).toEqual([]);
  });

  it('word every reason the certificate verifier gives', () => {
    for (const reason of DCC_REASONS)
      expect(Object.hasOwn(viDcc, `dcc.${reason}`), reason).toBe(true);
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

describe('station messages', () => {
  // A fresh i18n module each time: which messages are loaded is module state.
  const freshI18n = async () => {
    vitest.resetModules();
    return import('../../../src/i18n/i18n');
  };

  it('are merged into the translator of their language once loaded', async () => {
    const i18n = await freshI18n();
    const t = await i18n.loadTranslator('vi');
    expect(i18n.isMessageKey('screening.heading')).toBe(false);
    await i18n.loadStationMessages('vi');
    expect(i18n.isMessageKey('screening.heading')).toBe(true);
    expect(t('screening.heading')).toBe(viStations['screening.heading']);
    expect(t('visits.heading', { n: 1200 })).toBe(
      viStations['visits.heading'].replace('{n}', '1.200'),
    );
    // The shell's messages are still there.
    expect(t('app.title')).toBe(vi['app.title']);
  });

  it('come with a language switched to after a station screen asked for them', async () => {
    const i18n = await freshI18n();
    await i18n.loadStationMessages('vi');
    const t = await i18n.loadTranslator('en');
    expect(t('screening.heading')).toBe(enStations['screening.heading']);
    expect(t('visits.heading', { n: 1200 })).toBe("Today's records (1,200 visits)");
    expect(t('app.title')).toBe(en['app.title']);
    // And back again.
    expect((await i18n.loadTranslator('vi'))('tabs.report')).toBe(viStations['tabs.report']);
  });

  it('are all there, in every language loaded once a station screen asked for them', async () => {
    const i18n = await freshI18n();
    const enT = await i18n.loadTranslator('en');
    await i18n.loadStationMessages('en');
    const viT = await i18n.loadTranslator('vi');
    // Without parameters a message comes back as written, placeholders and all.
    for (const key of Object.keys(viStations) as (keyof typeof viStations)[]) {
      expect(enT(key), key).toBe(enStations[key]);
      expect(viT(key), key).toBe(viStations[key]);
    }
  });
});
