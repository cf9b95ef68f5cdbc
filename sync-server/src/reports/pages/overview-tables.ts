// The progress report as tables: what the overview page draws and each CSV holds.
import { vaccineByCode } from '../../../../src/domain/vaccines';
import { binLabel } from '../lateness';
import type { Coverage, ProgressReport } from '../progress';
import { provinceName } from './context';
import { dateCell } from './dates';
import { STRINGS, type Lang } from './strings';
import type { ReportTable } from './tables';

/** Share vaccinated in percent, one decimal; 0 with no registrations. */
export const rate = (c: Coverage): number =>
  c.registered === 0 ? 0 : Math.round((c.vaccinated / c.registered) * 1000) / 10;

/** Largest first; ties by key, so the order never depends on how the database grouped. */
const sortedByCount = <K>(m: Map<K, number>) =>
  [...m].sort((a, b) => b[1] - a[1] || compareKeys(String(a[0]), String(b[0])));
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function overviewTables(r: ProgressReport, lang: Lang): Record<string, ReportTable> {
  const t = STRINGS[lang];
  const siteName = new Map(r.sites.map((s) => [s.id, s.name]));
  const percent = (c: string | number, col: number, last: number) =>
    col === last && typeof c === 'number'
      ? `${c.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} %`
      : undefined;
  const tables: ReportTable[] = [
    {
      id: 'doses-per-day',
      caption: t.dosesPerDay,
      headers: [t.date, t.doses],
      numeric: [false, true],
      rows: r.perDay.map((d) => [d.date, d.doses]),
      show: (c, col) => (col === 0 ? dateCell(c, lang) : formatted(c, lang)),
    },
    {
      id: 'by-province',
      caption: t.byProvince,
      headers: [t.province, t.doses],
      numeric: [false, true],
      rows: sortedByCount(r.byProvince).map(([p, n]) => [provinceName(p), n]),
    },
    {
      id: 'by-site',
      caption: t.bySite,
      headers: [t.siteId, t.site, t.doses],
      numeric: [false, false, true],
      rows: sortedByCount(r.bySite).map(([s, n]) => [s, siteName.get(s) ?? '', n]),
    },
    {
      id: 'by-vaccine',
      caption: t.byVaccine,
      headers: [t.vaccine, t.doses],
      numeric: [false, true],
      rows: sortedByCount(r.byVaccine).map(([v, n]) => [vaccineByCode(v)?.name ?? v, n]),
    },
    {
      id: 'by-dose',
      caption: t.byDose,
      headers: [t.doseNumber, t.doses],
      numeric: [true, true],
      rows: [...r.byDose].sort((a, b) => a[0] - b[0]).map(([d, n]) => [d, n]),
    },
    {
      id: 'coverage-by-province',
      caption: t.coverageByProvince,
      headers: [t.province, t.registered, t.vaccinated, t.rate],
      numeric: [false, true, true, true],
      rows: r.coverageByProvince.map((c) => [
        provinceName(c.key),
        c.registered,
        c.vaccinated,
        rate(c),
      ]),
      show: (c, col) => percent(c, col, 3) ?? formatted(c, lang),
    },
    {
      id: 'coverage-by-site',
      caption: t.coverageBySite,
      headers: [t.siteId, t.site, t.registered, t.vaccinated, t.rate],
      numeric: [false, false, true, true, true],
      rows: r.coverageBySite.map((c) => [
        c.key,
        siteName.get(c.key) ?? '',
        c.registered,
        c.vaccinated,
        rate(c),
      ]),
      show: (c, col) => percent(c, col, 4) ?? formatted(c, lang),
    },
    {
      id: 'lateness',
      caption: t.latenessBins,
      headers: [t.delay, t.records],
      numeric: [false, true],
      rows: r.lateness.bins.map((b, i) => [binLabel(i, lang), b.count]),
    },
  ];
  return Object.fromEntries(tables.map((tb) => [tb.id, tb]));
}

const formatted = (c: string | number, lang: Lang) =>
  typeof c === 'number' ? c.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : c;
