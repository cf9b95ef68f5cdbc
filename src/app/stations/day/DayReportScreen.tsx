// End of the day: the tablet's figures, a comparison with the server's, and the way out for records
// that never reached it (a signed file for the operator). Lazy-loaded.
import { useEffect, useState } from 'preact/hooks';
import type { DaySummary } from '../../../domain/day-summary';
import { formatDate } from '../../../i18n/format';
import { useApp } from '../../context';
import { DaySummaryTables } from './DaySummaryTables';
import { summaryDiff, type DiffRow } from './summary-diff';
import { todayDate } from '../shared/clock';
import { useUnsyncedExport } from '../../use-unsynced-export';
import { DayHandoff } from '../../handoff/DayHandoff';

type Comparison = { kind: 'busy' } | { kind: 'offline' } | { kind: 'done'; rows: DiffRow[] };

export function DayReportScreen({ onBack }: { onBack(): void }) {
  const { t, services } = useApp();
  const [today] = useState(() => todayDate());
  const [summary, setSummary] = useState<DaySummary | null | undefined>(undefined);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const exported = useUnsyncedExport();
  const [handing, setHanding] = useState(false);

  useEffect(() => {
    void services.dayReport
      .local(today)
      .then(setSummary)
      .catch(() => setSummary(null));
  }, [services, today]);

  async function compare() {
    if (!summary) return;
    setComparison({ kind: 'busy' });
    const server = await services.dayReport.server(today).catch(() => null);
    setComparison(
      server === null
        ? { kind: 'offline' }
        : { kind: 'done', rows: summaryDiff(summary, server, t) },
    );
  }

  if (handing) return <DayHandoff onClose={() => setHanding(false)} />;
  return (
    <section class="card day-report" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report.heading', { date: formatDate(today) })}</h2>
      {summary === undefined && <p class="muted">{t('station.loading')}</p>}
      {summary === null && <p class="error">{t('report.failed')}</p>}
      {summary && <DaySummaryTables summary={summary} />}
      <div class="actions">
        <button
          class="button"
          type="button"
          disabled={!summary || comparison?.kind === 'busy'}
          onClick={() => void compare()}
        >
          {t('report.compare')}
        </button>
        <button class="button" type="button" onClick={() => setHanding(true)}>
          {t('handoff.day')}
        </button>
        <button class="button" type="button" onClick={() => void exported.run()}>
          {t('report.export')}
        </button>
        <button class="button" type="button" onClick={onBack}>
          {t('station.back')}
        </button>
      </div>
      <div role="status">
        {comparison?.kind === 'busy' && <p class="muted">{t('report.comparing')}</p>}
        {comparison?.kind === 'offline' && <p class="error">{t('report.serverUnreachable')}</p>}
        {comparison?.kind === 'done' && comparison.rows.length === 0 && (
          <p class="notice">{t('report.matches')}</p>
        )}
        {exported.outcome && (
          <p class={exported.outcome.error ? 'error' : 'notice'}>{exported.outcome.text}</p>
        )}
      </div>
      {comparison?.kind === 'done' && comparison.rows.length > 0 && (
        <table class="report">
          <caption>{t('report.differs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.what')}</th>
              <th scope="col">{t('report.tablet')}</th>
              <th scope="col">{t('report.server')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td class="num">{r.local}</td>
                <td class="num">{r.server}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
