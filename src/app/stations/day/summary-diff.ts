// The day's figures as labelled rows, and where the tablet's and the server's figures differ
// (pure). A figure one side does not have counts as 0 there.
import type { DaySummary } from '../../../domain/day-summary';
import type { Translate } from '../../../i18n/i18n';
import { vaccineName } from '../shared/CitizenSummary';

export interface SummaryRow {
  id: string;
  label: string;
  value: number;
}

export function summaryRows(s: DaySummary, t: Translate): SummaryRow[] {
  const rows: SummaryRow[] = [
    { id: 'checkedIn', label: t('report.checkedIn'), value: s.checkedIn },
  ];
  for (const [outcome, value] of Object.entries(s.screened) as [
    keyof DaySummary['screened'],
    number,
  ][]) {
    rows.push({
      id: `screened.${outcome}`,
      label: t('report.screenedAs', { outcome: t(`outcome.${outcome}`) }),
      value,
    });
  }
  for (const d of s.injected) {
    rows.push({
      id: `injected.${d.vaccine}.${d.doseNumber}`,
      label: t('report.injectedRow', { vaccine: vaccineName(d.vaccine), n: d.doseNumber }),
      value: d.count,
    });
  }
  rows.push({ id: 'released', label: t('report.released'), value: s.released });
  for (const [kind, value] of Object.entries(s.reactions) as [
    keyof DaySummary['reactions'],
    number,
  ][]) {
    rows.push({ id: `reactions.${kind}`, label: t(`report.reactions.${kind}`), value });
  }
  for (const l of s.lots) {
    for (const what of ['vialsOpened', 'dosesUsed', 'dosesWasted'] as const) {
      rows.push({
        id: `lots.${l.lot}.${what}`,
        label: t('report.lotRow', { lot: l.lot, what: t(`report.${what}`) }),
        value: l[what],
      });
    }
  }
  return rows;
}

export interface DiffRow {
  id: string;
  label: string;
  local: number;
  server: number;
}

export function summaryDiff(local: DaySummary, server: DaySummary, t: Translate): DiffRow[] {
  const mine = summaryRows(local, t);
  const theirs = summaryRows(server, t);
  const ids = [...new Set([...mine, ...theirs].map((r) => r.id))];
  return ids
    .map((id) => {
      const a = mine.find((r) => r.id === id);
      const b = theirs.find((r) => r.id === id);
      return { id, label: (a ?? b)?.label ?? id, local: a?.value ?? 0, server: b?.value ?? 0 };
    })
    .filter((r) => r.local !== r.server);
}
