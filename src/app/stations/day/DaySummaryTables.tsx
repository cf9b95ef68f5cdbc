// The day's figures as tables with captions: overview, screening, doses, reactions, lots.
import type { DaySummary } from '../../../domain/day-summary';
import { useApp } from '../../context';
import { vaccineName } from '../shared/CitizenSummary';
import { clockOf } from '../shared/clock';
import './DaySummaryTables.css';

export function DaySummaryTables({ summary: s }: { summary: DaySummary }) {
  const { t } = useApp();
  const row = (label: string, value: number) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td class="num">{value}</td>
    </tr>
  );
  const head = (...cells: string[]) => (
    <thead>
      <tr>
        {cells.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <div class="report-tables">
      <table class="report">
        <caption>{t('report.overview')}</caption>
        {head(t('report.what'), t('report.count'))}
        <tbody>
          {row(t('report.checkedIn'), s.checkedIn)}
          {row(t('report.released'), s.released)}
        </tbody>
      </table>
      <table class="report">
        <caption>{t('report.screened')}</caption>
        {head(t('screening.outcome'), t('report.people'))}
        <tbody>
          {(Object.keys(s.screened) as (keyof DaySummary['screened'])[]).map((o) =>
            row(t(`outcome.${o}`), s.screened[o]),
          )}
        </tbody>
      </table>
      <table class="report">
        <caption>{t('report.injected')}</caption>
        {head(t('report.vaccine'), t('report.doseNumber'), t('report.doses'))}
        <tbody>
          {s.injected.length === 0 && (
            <tr>
              <td colSpan={3}>{t('report.none')}</td>
            </tr>
          )}
          {s.injected.map((d) => (
            <tr key={`${d.vaccine}.${d.doseNumber}`}>
              <th scope="row">{vaccineName(d.vaccine)}</th>
              <td class="num">{d.doseNumber}</td>
              <td class="num">{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="report">
        <caption>{t('report.reactions')}</caption>
        {head(t('report.what'), t('report.count'))}
        <tbody>
          {(['mild', 'moderate', 'severe', 'referred'] as const).map((k) =>
            row(t(`report.reactions.${k}`), s.reactions[k]),
          )}
        </tbody>
      </table>
      <table class="report">
        <caption>{t('report.lots')}</caption>
        {head(
          t('report.lot'),
          t('report.vaccine'),
          t('report.vialsOpened'),
          t('report.dosesUsed'),
          t('report.dosesOpen'),
          t('report.dosesWasted'),
        )}
        <tbody>
          {s.lots.length === 0 && (
            <tr>
              <td colSpan={6}>{t('report.none')}</td>
            </tr>
          )}
          {s.lots.map((l) => (
            <tr key={l.lot}>
              <th scope="row">{l.lot}</th>
              <td>{vaccineName(l.vaccine)}</td>
              <td class="num">{l.vialsOpened}</td>
              <td class="num">{l.dosesUsed}</td>
              <td class="num">
                {l.openUntilMs === null
                  ? l.dosesOpen
                  : t('report.dosesOpenUntil', { n: l.dosesOpen, until: clockOf(l.openUntilMs) })}
              </td>
              <td class="num">{l.dosesWasted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
