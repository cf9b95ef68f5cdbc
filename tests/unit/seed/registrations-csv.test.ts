import { describe, expect, it } from 'vitest';
import { isUuid } from '../../../src/domain/ids';
import type { LocalDate } from '../../../src/domain/local-date';
import { parseRegistrationsCsv } from '../../../sync-server/src/admin/registrations-csv';

const HEADER =
  'code,full_name,dob,sex,id_number,phone,address,priority_group,session_date,guardian_name,guardian_phone';
const ADULT =
  'AB12CD34,Nguyễn Thị Lan,1990-05-01,F,079190123456,0912 345 678,"12 Lê Lợi, Bến Nghé",3,,,';
const MINOR =
  'KX7P9M2Q,Trần Minh Khang,10/02/2013,Nam,,+84 903 111 222,,9,2026-11-24,Trần Văn Hùng,0903111222';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\r\n') + '\r\n';
const parse = (text: string) =>
  parseRegistrationsCsv(text, { sessionDate: '2026-11-23' as LocalDate });
const errorsOf = (text: string) => parse(text).errors.map((e) => `${e.line}:${e.field}`);

describe('parseRegistrationsCsv: good rows', () => {
  it('maps an adult and a minor to registrations', () => {
    const { registrations, errors } = parse(csv(ADULT, MINOR));
    expect(errors).toEqual([]);
    expect(registrations).toHaveLength(2);
    const [adult, minor] = registrations;
    expect(isUuid(adult?.id ?? '')).toBe(true);
    expect(adult).toMatchObject({
      code: 'AB12CD34',
      sessionDate: '2026-11-23',
      priorityGroup: '3',
      previousDoses: [],
      citizen: {
        id: '079190123456',
        fullName: 'Nguyễn Thị Lan',
        dob: '1990-05-01',
        sex: 'F',
        phone: '0912345678',
        address: '12 Lê Lợi, Bến Nghé',
      },
    });
    expect(adult?.citizen.guardian).toBeUndefined();
    expect(minor).toMatchObject({
      code: 'KX7P9M2Q',
      sessionDate: '2026-11-24',
      priorityGroup: '9',
      citizen: {
        fullName: 'Trần Minh Khang',
        dob: '2013-02-10',
        sex: 'M',
        guardian: { name: 'Trần Văn Hùng', phone: '0903111222' },
      },
    });
    expect(minor?.citizen.id).toBeUndefined();
  });

  it('accepts a BOM, LF line ends, columns in any order and names in NFD or with extra spaces', () => {
    const text =
      '\uFEFFsex,dob,full_name,code,id_number\nNữ,01/05/1990,  Nguyễn   Thị Lan ,ab12cd34,079190123456\n';
    const { registrations, errors } = parse(text.normalize('NFD'));
    expect(errors).toEqual([]);
    expect(registrations[0]?.citizen).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      sex: 'F',
      dob: '1990-05-01',
    });
    expect(registrations[0]?.code).toBe('AB12CD34');
    expect(registrations[0]?.priorityGroup).toBe('9');
  });

  it('keeps quoted commas, quotes and line breaks in addresses', () => {
    const row = ADULT.replace('"12 Lê Lợi, Bến Nghé"', '"Hẻm 45/12 ""Nhà xanh"",\r\nLê Lợi"');
    const { registrations, errors } = parse(csv(row));
    expect(errors).toEqual([]);
    expect(registrations[0]?.citizen.address).toBe('Hẻm 45/12 "Nhà xanh",\r\nLê Lợi');
  });

  it('counts lines of multi-line rows when reporting later errors', () => {
    const row = ADULT.replace('"12 Lê Lợi, Bến Nghé"', '"a\r\nb\r\nc"');
    expect(errorsOf(csv(row, MINOR.replace('Nam', 'X')))).toEqual(['5:sex']);
  });
});

describe('parseRegistrationsCsv: bad rows are reported and skipped', () => {
  it.each([
    ['code', ADULT.replace('AB12CD34', 'A-1'), 'code'],
    ['empty name', ADULT.replace('Nguyễn Thị Lan', ''), 'full_name'],
    ['dob not a date', ADULT.replace('1990-05-01', '31/02/1990'), 'dob'],
    ['dob in US order', ADULT.replace('1990-05-01', '05/31/1990'), 'dob'],
    ['dob after session', ADULT.replace('1990-05-01', '2026-12-01'), 'dob'],
    ['sex', ADULT.replace(',F,', ',Female,'), 'sex'],
    ['ID format', ADULT.replace('079190123456', '07919012345'), 'id_number'],
    ['ID province', ADULT.replace('079190123456', '003190123456'), 'id_number'],
    ['ID vs birth year', ADULT.replace('079190123456', '079191123456'), 'id_number'],
    ['ID vs sex', ADULT.replace('079190123456', '079090123456'), 'id_number'],
    ['adult without ID', ADULT.replace('079190123456', ''), 'id_number'],
    ['phone', ADULT.replace('0912 345 678', '028 3829 1234'), 'phone'],
    ['priority group', ADULT.replace(',3,', ',42,'), 'priority_group'],
    ['session date', ADULT.replace(',3,,', ',3,tomorrow,'), 'session_date'],
    ['minor without guardian name', MINOR.replace('Trần Văn Hùng', ''), 'guardian_name'],
    ['minor without guardian phone', MINOR.replace(/,0903111222$/, ','), 'guardian_phone'],
    ['bad guardian phone', MINOR.replace(/,0903111222$/, ',12345'), 'guardian_phone'],
  ])('%s', (_name, row, field) => {
    const result = parse(
      csv(
        MINOR,
        row,
        ADULT.replace('AB12CD34', 'ZZ99ZZ99').replace('079190123456', '079190999999'),
      ),
    );
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual([`3:${field}`]);
    expect(result.errors[0]?.message).not.toBe('');
    expect(result.registrations.map((r) => r.code)).toEqual(['KX7P9M2Q', 'ZZ99ZZ99']);
  });

  it.each(['079 190 123 456', '０７９１９０１２３４５６'])(
    'refuses the ID number %j, another spelling of one, saying how to write it',
    (id) => {
      const result = parse(csv(ADULT.replace('079190123456', id)));
      expect(result.errors).toEqual([
        {
          line: 2,
          field: 'id_number',
          message: 'Write the ID number as digits only: 079190123456',
        },
      ]);
      expect(result.registrations).toEqual([]);
    },
  );

  it('reports duplicate codes and ID numbers against the first line', () => {
    const sameCode = ADULT.replace('079190123456', '079190654321');
    const sameId = ADULT.replace('AB12CD34', 'AB12CD35');
    expect(parse(csv(ADULT, sameCode, sameId)).errors).toEqual([
      { line: 3, field: 'code', message: 'Same code as line 2' },
      { line: 4, field: 'id_number', message: 'Same ID number as line 2' },
    ]);
  });

  it('reports rows with the wrong number of fields or broken quotes', () => {
    expect(errorsOf(csv(ADULT + ',extra', 'AB,"x"y,1990-01-01,M,,,,,,,', MINOR))).toEqual([
      '2:',
      '3:',
    ]);
    expect(parse(csv(MINOR, '"unclosed')).registrations).toHaveLength(1);
  });

  it('lists every problem of a row', () => {
    expect(errorsOf(csv('??,,1990-13-01,X,,,,,,,'))).toEqual([
      '2:code',
      '2:full_name',
      '2:dob',
      '2:sex',
    ]);
  });
});

describe('parseRegistrationsCsv: the file', () => {
  it('needs a header with the required columns', () => {
    expect(parse('')).toEqual({
      registrations: [],
      errors: [{ line: 1, field: '', message: 'The file is empty' }],
    });
    const { registrations, errors } = parse('code,name,dob\nAB12CD34,Lan,1990-05-01\n');
    expect(registrations).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['full_name', 'sex', 'name']);
  });

  it('reports unknown columns but imports the rows', () => {
    const { registrations, errors } = parse(`stt,${HEADER}\n1,${ADULT}\n`);
    expect(errors).toEqual([expect.objectContaining({ line: 1, field: 'stt' })]);
    expect(registrations).toHaveLength(1);
  });

  it('needs a session date from the row when the import gives none', () => {
    const { errors, registrations } = parseRegistrationsCsv(csv(ADULT, MINOR), {});
    expect(errors.map((e) => `${e.line}:${e.field}`)).toEqual(['2:session_date']);
    expect(registrations.map((r) => r.sessionDate)).toEqual(['2026-11-24']);
  });

  it('imports 20,000 rows with a few bad ones', () => {
    const rows: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const serial = String(i).padStart(6, '0');
      const phone = i % 1000 === 7 ? 'none' : `09${String(i).padStart(8, '0')}`;
      rows.push(`C${serial}X,Lê Văn Tám,1985-03-0${(i % 9) + 1},M,079085${serial},${phone},,,,,`);
    }
    const { registrations, errors } = parse(csv(...rows));
    expect(errors).toHaveLength(20);
    expect(errors.every((e) => e.field === 'phone')).toBe(true);
    expect(registrations).toHaveLength(19_980);
  });
});
