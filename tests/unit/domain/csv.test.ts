import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/domain/csv';

const fields = (text: string): string[][] => readCsv(text).map((r) => r.fields);

describe('readCsv', () => {
  it('reads plain rows with LF, CRLF or CR line ends', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
    ];
    expect(fields('a,b\n1,2\n')).toEqual(expected);
    expect(fields('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(fields('a,b\r1,2')).toEqual(expected);
    expect(fields('a,b\n1,2')).toEqual(expected);
  });

  it('drops a UTF-8 BOM', () => {
    expect(fields('\uFEFFcode,full_name\nAB12,Lê Văn Tám')).toEqual([
      ['code', 'full_name'],
      ['AB12', 'Lê Văn Tám'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes', () => {
    expect(fields('"12 Lê Lợi, Quận 1","He said ""hi""","line1\r\nline2"\n')).toEqual([
      ['12 Lê Lợi, Quận 1', 'He said "hi"', 'line1\r\nline2'],
    ]);
    expect(fields('"",x,""""')).toEqual([['', 'x', '"']]);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(fields('a,,c,\n,,,')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('skips blank lines and numbers rows by the line they start on', () => {
    const rows = readCsv('h1,h2\r\n\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n');
    expect(rows.map((r) => [r.line, r.fields])).toEqual([
      [1, ['h1', 'h2']],
      [3, ['1', 'two\r\nlines']],
      [6, ['3', '4']],
    ]);
  });

  it('marks malformed rows and carries on', () => {
    const rows = readCsv('a,b\n"x"y,z\nok,1\n"open,2\n3,4');
    expect(rows[1]).toMatchObject({ line: 2, error: 'Text after a closing quote' });
    expect(rows[2]).toEqual({ line: 3, fields: ['ok', '1'] });
    expect(rows[3]).toMatchObject({ line: 4, error: 'Unclosed quote' });
    expect(rows).toHaveLength(4);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(fields('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('reads nothing from an empty file', () => {
    expect(readCsv('')).toEqual([]);
    expect(readCsv('\uFEFF')).toEqual([]);
    expect(readCsv('\n\r\n')).toEqual([]);
  });
});
