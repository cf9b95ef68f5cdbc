import { describe, expect, it } from 'vitest';
import { parseRegistrationsCsv } from '../../../sync-server/src/admin/registrations-csv';

const HEADER = 'code,full_name,dob,sex,id_number,phone';
const parse = (...lines: string[]) =>
  parseRegistrationsCsv(lines.join('\r\n'), { sessionDate: '2026-11-24' });

describe('parseRegistrationsCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { registrations, errors } = parseRegistrationsCsv(
      `${HEADER},address\n"DK0001","Nguyễn Văn ""Tư""",01/02/1970,Nam,079070000001,,"Số 5, hẻm 3\nPhường 2"\n`,
      { sessionDate: '2026-11-24' },
    );
    expect(errors).toEqual([]);
    expect(registrations[0]?.citizen).toMatchObject({
      fullName: 'Nguyễn Văn "Tư"',
      dob: '1970-02-01',
      address: 'Số 5, hẻm 3\nPhường 2',
    });
    expect(registrations[0]?.sessionDate).toBe('2026-11-24');
  });

  it('stores names in NFC whatever the file used', () => {
    const decomposed = 'Nguyễn Thị Hà'.normalize('NFD');
    const { registrations } = parse(HEADER, `DK0001,${decomposed},1970-01-01,F,079170000001,`);
    expect(registrations[0]?.citizen.fullName).toBe('Nguyễn Thị Hà'.normalize('NFC'));
  });

  it('reports each bad row by line and field and keeps the good ones', () => {
    const { registrations, errors } = parse(
      HEADER,
      'DK0001,An,1970-01-01,M,079070000001,0903000000',
      'DK0002,Bình,1970-01-01,X,079070000002,',
      'DK0003,Cường,1970-01-01,M,12345,',
      'DK0004,Dũng,1970-01-01,M,079070000004,0123',
      'DK0001,Em,1970-01-01,M,079070000005,',
    );
    expect(registrations.map((r) => r.code)).toEqual(['DK0001']);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'sex'],
      [4, 'id_number'],
      [5, 'phone'],
      [6, 'code'],
    ]);
  });

  it('refuses a header with a missing or unknown column before reading any row', () => {
    const { registrations, errors } = parse(
      'code,full_name,dob,phone_number',
      'DK0001,An,1970-01-01,0903000000',
    );
    expect(registrations).toEqual([]);
    expect(errors.map((e) => e.field).sort()).toEqual(['phone_number', 'sex']);
  });
});
