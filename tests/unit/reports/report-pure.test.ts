// The pure parts of the operators' reports: scope parsing, filters, lateness, CSV and ID masking.
// What the database counts (bins, percentiles, duplicate doses) is tested in tests/server.
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/domain/local-date';
import { niceMax } from '../../../sync-server/src/reports/pages/charts';
import { toCsv, csvCell, csvFileName } from '../../../sync-server/src/reports/csv';
import { daysOf, parseFilter } from '../../../sync-server/src/reports/filters';
import {
  binLabel,
  DAY,
  formatDelay,
  HOUR,
  latenessSummary,
  nearestRank,
} from '../../../sync-server/src/reports/lateness';
import { maskIdNumber } from '../../../sync-server/src/reports/mask';
import {
  effectiveScope,
  formatScope,
  parseScope,
  scopeColumns,
  scopeFromColumns,
} from '../../../sync-server/src/operators/scope';

describe('scope', () => {
  it('parses what operator:add takes, and nothing else', () => {
    expect(parseScope('national')).toEqual({ kind: 'national' });
    expect(parseScope('province:79')).toEqual({ kind: 'province', province: '79' });
    expect(parseScope('province:Hồ Chí Minh')).toEqual({
      kind: 'province',
      province: 'Hồ Chí Minh',
    });
    expect(parseScope('site:S1')).toEqual({ kind: 'site', siteId: 'S1' });
    for (const bad of ['', 'nation', 'national:x', 'province:', 'site:a b', 'site:', 'city:1']) {
      expect(parseScope(bad), bad).toBeNull();
    }
  });

  it('round-trips through its text and its columns', () => {
    for (const text of ['national', 'province:79', 'site:S1']) {
      const scope = parseScope(text)!;
      expect(formatScope(scope)).toBe(text);
      const { kind, value } = scopeColumns(scope);
      expect(scopeFromColumns(kind, value)).toEqual(scope);
    }
    expect(scopeFromColumns('weird', 'x')).toBeNull();
  });

  it('lets only a national operator narrow to a province', () => {
    expect(effectiveScope({ kind: 'national' }, '79')).toEqual({
      kind: 'province',
      province: '79',
    });
    expect(effectiveScope({ kind: 'national' })).toEqual({ kind: 'national' });
    const site = { kind: 'site', siteId: 'S1' } as const;
    expect(effectiveScope(site, '01')).toEqual(site);
    const province = { kind: 'province', province: '79' } as const;
    expect(effectiveScope(province, '01')).toEqual(province);
  });
});

describe('filters', () => {
  const TODAY = '2026-11-23' as LocalDate;

  it('defaults to the last 14 days ending today', () => {
    const reading = parseFilter({}, TODAY);
    expect(reading).toEqual({
      ok: true,
      filter: { from: '2026-11-10', to: '2026-11-23', province: undefined },
    });
    expect(daysOf(reading.filter)).toHaveLength(14);
  });

  it('takes a real range, and fills a missing end from today or 14 days back', () => {
    expect(parseFilter({ from: '2026-11-01', to: '2026-11-03' }, TODAY).filter).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-03',
    });
    expect(parseFilter({ from: '2026-11-20' }, TODAY).filter).toMatchObject({ to: TODAY });
    expect(parseFilter({ to: '2026-11-20' }, TODAY).filter).toMatchObject({ from: '2026-11-07' });
    expect(parseFilter({ from: '2025-11-23', to: '2026-11-23' }, TODAY).ok).toBe(true);
  });

  it.each([
    [
      { from: '9999-12-31', to: '9999-12-31' },
      { field: 'to', problem: 'year-range' },
    ],
    [
      { from: '0000-01-01', to: '2026-11-01' },
      { field: 'from', problem: 'year-range' },
    ],
    [
      { from: '1899-12-31', to: '2026-11-01' },
      { field: 'from', problem: 'year-range' },
    ],
    [
      { from: '2026-02-30', to: '2026-03-01' },
      { field: 'from', problem: 'not-a-date' },
    ],
    [
      { from: '10000-01-01', to: '2026-03-01' },
      { field: 'from', problem: 'format' },
    ],
    [{ from: 'x' }, { field: 'from', problem: 'format' }],
    [{ from: ['2026-11-01'] }, { field: 'from', problem: 'format' }],
    [
      { from: '2026-11-05', to: '2026-11-01' },
      { field: 'range', problem: 'reversed' },
    ],
    [
      { from: '2025-11-22', to: '2026-11-23' },
      { field: 'range', problem: 'too-long' },
    ],
    [
      { from: '2024-01-01', to: '2026-01-01' },
      { field: 'range', problem: 'too-long' },
    ],
  ])('refuses %j, saying why', (query, problem) => {
    const reading = parseFilter(query, TODAY);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toMatchObject(problem);
  });

  it('lists the days of a range, and never more than MAX_DAYS of them', () => {
    expect(daysOf({ from: '2026-02-27' as LocalDate, to: '2026-03-01' as LocalDate })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(daysOf({ from: '2026-03-02' as LocalDate, to: '2026-03-01' as LocalDate })).toEqual([]);
    const edge = { from: '2100-12-01' as LocalDate, to: '2100-12-31' as LocalDate };
    expect(daysOf(edge)).toHaveLength(31);
    const tooMany = { from: '1900-01-01' as LocalDate, to: '2100-12-31' as LocalDate };
    expect(() => daysOf(tooMany)).toThrow(RangeError);
  });
});

describe('lateness', () => {
  it('gives nearest ranks of percentiles', () => {
    expect(nearestRank(100, 50)).toBe(50);
    expect(nearestRank(100, 95)).toBe(95);
    expect(nearestRank(5, 50)).toBe(3);
    expect(nearestRank(1, 95)).toBe(1);
    expect(nearestRank(20, 0)).toBe(1);
  });

  it('bins doses per minute of delay, counts a clock running ahead as none, takes percentiles', () => {
    const s = latenessSummary([
      { minute: 120, count: 1 },
      { minute: 0, count: 1 },
      { minute: 10, count: 1 },
      { minute: (30 * HOUR) / 60_000, count: 1 },
      { minute: (10 * DAY) / 60_000, count: 1 },
      { minute: -1, count: 1 },
    ]);
    expect(s.count).toBe(6);
    expect(s.bins.map((b) => b.count)).toEqual([3, 1, 0, 1, 0, 1]);
    // Sorted: 0, 0, 10 min, 2 h, 30 h, 10 days; the 3rd and the 6th.
    expect([s.p50, s.p95, s.max]).toEqual([10 * 60_000, 10 * DAY, 10 * DAY]);
    expect(latenessSummary([{ minute: 5, count: 100 }]).p95).toBe(5 * 60_000);
    expect(latenessSummary([])).toMatchObject({ count: 0, p50: undefined, max: undefined });
  });

  it('writes delays and bins for people', () => {
    expect(formatDelay(5 * 60_000, 'vi')).toBe('5 phút');
    expect(formatDelay(90 * 60_000, 'en')).toBe('1.5 h');
    expect(formatDelay(3 * DAY, 'vi')).toBe('3 ngày');
    expect(formatDelay(46.8 * HOUR, 'vi')).toBe('46,8 giờ');
    expect(formatDelay(2.1 * DAY, 'en')).toBe('2.1 days');
    expect(binLabel(0, 'vi')).toBe('< 1 giờ');
    expect(binLabel(5, 'en')).toBe('> 7 days');
  });
});

describe('CSV', () => {
  it('starts with a BOM, uses CRLF, quotes what needs it and keeps Vietnamese as is', () => {
    const text = toCsv(['Điểm tiêm', 'Số mũi'], [['Trạm "A", phường 1', 12]]);
    expect(text).toBe('\uFEFFĐiểm tiêm,Số mũi\r\n"Trạm ""A"", phường 1",12\r\n');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvFileName('by site', '2026-11-01', '2026-11-14')).toBe(
      'by_site_2026-11-01_2026-11-14.csv',
    );
  });

  // Each character a spreadsheet may read as (or skip before) the start of a formula.
  it.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+1+1', "'+1+1"],
    ['-', '-1+1', "'-1+1"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['CR', '\r=1+1', `"'\r=1+1"`],
    ['LF', '\n=1+1', `"'\n=1+1"`],
    ['space', ' =1+1', "' =1+1"],
    ['semicolon', ';=1+1', "';=1+1"],
    ['full-width =', '＝1+1', "'＝1+1"],
    ['full-width +', '＋1+1', "'＋1+1"],
    ['full-width -', '－1+1', "'－1+1"],
    ['full-width @', '＠SUM(A1)', "'＠SUM(A1)"],
  ])('neutralises a text cell starting with %s', (_name, cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });

  it('keeps numbers, dates and ordinary text as they are', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('2026-11-01')).toBe('2026-11-01');
    expect(csvCell('Trạm y tế phường 1')).toBe('Trạm y tế phường 1');
    expect(csvCell('< 1 giờ')).toBe('< 1 giờ');
  });
});

describe('masked ID numbers', () => {
  it('keeps the province digits and the last two', () => {
    expect(maskIdNumber('001085123456')).toBe('001*******56');
    expect(maskIdNumber('123456789')).toBe('123****89');
    expect(maskIdNumber(undefined)).toBe('—');
  });
});

describe('chart axis', () => {
  it('rounds the maximum up to 1, 2, 2.5 or 5 times a power of ten, with whole quarter ticks', () => {
    expect([0, 1, 3, 25, 100, 2_400, 250_000, 260_000].map(niceMax)).toEqual([
      1, 1, 5, 50, 100, 2_500, 250_000, 500_000,
    ]);
  });
});
