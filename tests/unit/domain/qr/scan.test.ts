import { describe, expect, it } from 'vitest';
import { makeCitizenId } from '../../../../src/domain/citizen-id';
import { formatRegistrationQr, parseRegistrationQr } from '../../../../src/domain/qr/registration';
import { parseScan } from '../../../../src/domain/qr/scan';

const ANH = '079190001234';
const cccd = (...fields: string[]) => fields.join('|');
const CARD = cccd(
  ANH,
  '025123456',
  'Nguyễn Thị Ánh',
  '15061990',
  'Nữ',
  '12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
  '01022021',
);

describe('parseScan: chip ID card (CCCD)', () => {
  it('reads the 7-field card', () => {
    expect(parseScan(CARD)).toEqual({
      kind: 'cccd',
      citizen: {
        id: ANH,
        oldId: '025123456',
        fullName: 'Nguyễn Thị Ánh',
        dob: '1990-06-15',
        sex: 'F',
        address: '12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
        issueDate: '2021-02-01',
      },
      warnings: [],
    });
  });

  it('tolerates a BOM, CR/LF, an empty old ID, extra fields and NFD names', () => {
    const variants = [
      `\uFEFF${CARD}\r\n`,
      `${CARD}\n`,
      `${CARD}|extra|more`,
      CARD.normalize('NFD'),
      `  ${CARD}  `,
    ];
    for (const text of variants) {
      const result = parseScan(text);
      expect(result.kind, text).toBe('cccd');
      if (result.kind === 'cccd') expect(result.citizen.fullName).toBe('Nguyễn Thị Ánh');
    }
    const noOld = parseScan(CARD.replace('|025123456|', '||'));
    expect(noOld.kind === 'cccd' && noOld.citizen.oldId).toBe(undefined);
  });

  it('reads the 6-field variant without the old ID', () => {
    const six = cccd(ANH, 'Nguyễn Thị Ánh', '15061990', 'Nữ', 'Quận 1', '01022021');
    expect(parseScan(six)).toMatchObject({
      kind: 'cccd',
      citizen: { id: ANH, fullName: 'Nguyễn Thị Ánh', dob: '1990-06-15', address: 'Quận 1' },
    });
  });

  it('reads many generated cards of both sexes and centuries, with no warnings', () => {
    const names = ['Trần Văn Đức', 'Lê Thị Hồng Nhung', 'Phạm Quốc Việt', 'Hoàng Ngọc Ước'];
    for (let i = 0; i < 200; i++) {
      const sex = i % 2 === 0 ? 'M' : 'F';
      const year = 1930 + ((i * 7) % 95);
      const id = makeCitizenId(['001', '079', '048', '092'][i % 4]!, sex, year, String(100000 + i));
      const dob = `${String((i % 28) + 1).padStart(2, '0')}${String((i % 12) + 1).padStart(2, '0')}${year}`;
      const text = cccd(
        id,
        i % 3 ? '' : '123456789',
        names[i % 4]!,
        dob,
        sex === 'M' ? 'Nam' : 'Nữ',
        'Hà Nội',
        '01012022',
      );
      const result = parseScan(text);
      expect(result).toMatchObject({ kind: 'cccd', citizen: { id, sex }, warnings: [] });
    }
  });

  it('warns when the ID disagrees with the printed birth year or sex', () => {
    const wrongSex = parseScan(CARD.replace('|Nữ|', '|Nam|'));
    expect(wrongSex.kind === 'cccd' && wrongSex.warnings.map((w) => w.code)).toEqual([
      'id-sex-mismatch',
    ]);
    const wrongYear = parseScan(CARD.replace('15061990', '15061991'));
    expect(wrongYear.kind === 'cccd' && wrongYear.warnings.map((w) => w.code)).toEqual([
      'id-birthyear-mismatch',
    ]);
  });

  it('refuses a card-like text with impossible content, showing what was read', () => {
    for (const bad of [
      CARD.replace('15061990', '31021990'),
      CARD.replace('|Nữ|', '|X|'),
      CARD.replace(ANH, '999190001234'),
      CARD.replace('Nguyễn Thị Ánh', ''),
    ]) {
      expect(parseScan(bad)).toMatchObject({ kind: 'unknown', reason: 'cccd-invalid' });
    }
  });
});

describe('parseScan: personal QR of the health apps', () => {
  it('reads the ID, the name without diacritics and the date of birth', () => {
    expect(parseScan(`${ANH}|NGUYEN THI ANH|1990-06-15|1|Q123456|`)).toEqual({
      kind: 'personal',
      id: ANH,
      fullNameAscii: 'NGUYEN THI ANH',
      dob: '1990-06-15',
    });
    expect(parseScan('025123456|TRAN VAN BA|1960-01-01|2|Q1|X')).toMatchObject({
      kind: 'personal',
      id: '025123456',
    });
  });

  it('refuses masked IDs: such a code cannot identify anyone', () => {
    for (const masked of ['0791*******4', '079190****34', '************', '02512****']) {
      expect(parseScan(`${masked}|NGUYEN THI ANH|1990-06-15|1|Q1|`)).toEqual({
        kind: 'personal-masked',
      });
    }
  });
});

describe('parseScan: registration QR', () => {
  it('round-trips and refuses a damaged code', () => {
    const text = formatRegistrationQr({ siteId: 'demo-site', code: 'K7QM4XR2' });
    expect(text).toMatch(/^VNVAX:R1:demo-site:K7QM4XR2:[0-9A-Z]$/);
    expect(parseScan(text)).toEqual({
      kind: 'registration',
      siteId: 'demo-site',
      code: 'K7QM4XR2',
    });
    // Every single-character change of the code is caught by the check character.
    for (let i = 0; i < 8; i++) {
      for (const ch of 'ABCXYZ0189') {
        const code = `${'K7QM4XR2'.slice(0, i)}${ch}${'K7QM4XR2'.slice(i + 1)}`;
        if (code === 'K7QM4XR2') continue;
        const tampered = text.replace('K7QM4XR2', code);
        expect(parseRegistrationQr(tampered), tampered).toEqual({ ok: false, reason: 'bad-check' });
      }
    }
    expect(parseScan(text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A'))).toEqual({
      kind: 'registration-damaged',
    });
  });
});

describe('parseScan: anything else', () => {
  it('says what was read, as plain text, and never throws', () => {
    const samples = [
      'https://example.com/?q=<script>alert(1)</script>',
      '00020101021238570010A000000727012700069704220113VQRQ00001',
      'WIFI:S:Tram Y te;T:WPA;P:12345678;;',
      'P<VNMNGUYEN<<THI<ANH<<<<<<<<<<<<<<<<<<<<<<<<',
      '\u0000\u0001\u0002binary\u007f\ud800',
      'x'.repeat(100_000),
      '079190001234',
    ];
    for (const text of samples) {
      const result = parseScan(text);
      expect(result.kind, text.slice(0, 40)).toBe('unknown');
      if (result.kind === 'unknown') {
        expect(result.shown.length).toBeLessThanOrEqual(121);
        expect([...result.shown].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f')).toBe(
          false,
        );
      }
    }
    expect(parseScan('')).toEqual({ kind: 'unknown', shown: '', reason: 'empty' });
    expect(parseScan(null as unknown as string)).toMatchObject({ kind: 'unknown' });
  });
});

describe('parseScan: spelling variants and malformed content', () => {
  it('reads the sex however the card reader spells it', () => {
    for (const [word, sex] of [
      ['Nu', 'F'],
      ['NỮ', 'F'],
      ['nữ', 'F'],
      ['Nữ'.normalize('NFD'), 'F'],
      ['NAM', 'M'],
    ] as const) {
      const text = CARD.replace('|Nữ|', `|${word}|`);
      expect(parseScan(text), word).toMatchObject({ kind: 'cccd', citizen: { sex } });
    }
  });

  it('refuses personal QRs with a malformed date or too few fields', () => {
    for (const text of [
      `${ANH}|NGUYEN THI ANH|15/06/1990|1|Q1|`,
      `${ANH}|NGUYEN THI ANH|1990-02-30|1|Q1|`,
      `${ANH}|NGUYEN THI ANH`,
      `${ANH}||1990-06-15|1|Q1|`,
      `07919000123|NGUYEN THI ANH|1990-06-15|1|Q1|`,
    ]) {
      expect(parseScan(text), text).toMatchObject({ kind: 'unknown', shown: text });
    }
  });

  it('refuses a card with too few fields instead of guessing', () => {
    const five = cccd(ANH, 'Nguyễn Thị Ánh', '15061990', 'Nữ', 'Quận 1');
    expect(parseScan(five)).toMatchObject({ kind: 'unknown', shown: five });
  });

  it('never throws on random text, and what it shows is always plain and short', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const length = next() % 300;
      const text = String.fromCharCode(...Array.from({ length }, () => next() % 0xffff));
      const result = parseScan(i % 2 ? text : `${ANH}|${text}`);
      if (result.kind === 'unknown') {
        expect(result.shown.length).toBeLessThanOrEqual(121);
        const codes = [...result.shown].map((ch) => ch.codePointAt(0)!);
        expect(codes.filter((c) => c < 0x20 || (c >= 0x7f && c < 0xa0))).toEqual([]);
      }
    }
  });
});

describe('parseScan: EU DCC (HC1)', () => {
  it('recognises a certificate by its prefix alone, keeping the whole text for the verifier', () => {
    const text = `HC1:${'6BF'.repeat(1400)}`;
    expect(parseScan(text)).toEqual({ kind: 'dcc', text });
    expect(parseScan(`${text}\r\n`)).toEqual({ kind: 'dcc', text });
  });

  it('bounds what it keeps, and leaves other prefixes to the other readers', () => {
    const long = parseScan(`HC1:${'A'.repeat(10_000)}`);
    expect(long.kind === 'dcc' && long.text.length).toBe(4400);
    expect(parseScan('HC2:6BFOXN').kind).toBe('unknown');
    expect(parseScan('hc1:6BFOXN').kind).toBe('unknown');
  });
});
