// The storage side of the stations (visits, stock, day figures, export), loaded on first use by
// create-app-services.ts: none of it is needed before someone signs in.
import type {
  CheckinService,
  DayReportService,
  ExportService,
  HandoffService,
  SessionService,
  StockService,
  VisitService,
} from './contracts';
import type { ChangeSignal } from './change-signal';
import { createExportService, type ExportDevice } from './export-unsynced';
import { createHandoffService } from './handoff-service';
import type { SiteDevice } from '../domain/handoff/site-devices';
import type { OutboxRepository } from '../data/outbox-repo';
import type { RecordRepository } from '../data/record-repo';
import type { ReferenceRepository } from '../data/reference-repo';
import { createStockService } from './stock-service';
import { createVisitService } from './visit-service';
import { daySummary } from '../domain/day-summary';
import type { ApiClient } from '../sync/api-client';

export interface StationServiceDeps {
  records: RecordRepository;
  reference: ReferenceRepository;
  outbox: OutboxRepository;
  session: SessionService;
  siteId(): string | undefined;
  api(): ApiClient | undefined;
  device(): ExportDevice | undefined;
  /** The site's devices as last pulled, to verify hand-off codes against. */
  siteDevices(): Promise<SiteDevice[]>;
  onSaved(): Promise<void>;
  /** Told after every save, so the lists of every station refresh at once. */
  changes: ChangeSignal;
}

export interface StationServices {
  checkins: Pick<CheckinService, 'today'>;
  visits: VisitService;
  stock: StockService;
  dayReport: DayReportService;
  exports: ExportService;
  handoff: HandoffService;
}

export function createStationServices(deps: StationServiceDeps): StationServices {
  const { records, reference, siteId } = deps;
  const visits = createVisitService(deps);
  return {
    checkins: {
      // The stations' list: this site's visits only, those carried over midnight included.
      async today() {
        return (await visits.today()).map(({ checkin, stage }) => ({ checkin, stage }));
      },
    },
    visits,
    stock: createStockService({ records, reference, siteId }),
    dayReport: {
      async local(date) {
        const site = siteId();
        return daySummary(site === undefined ? [] : await records.ofDay(site, date), Date.now());
      },
      async server(date) {
        const result = await deps.api()?.dayReport(date);
        return result?.ok ? result.value : null;
      },
    },
    exports: createExportService({ outbox: deps.outbox, device: deps.device }),
    handoff: createHandoffService({
      records,
      outbox: deps.outbox,
      devices: deps.siteDevices,
      device: deps.device,
      changes: deps.changes,
      onSaved: deps.onSaved,
    }),
  };
}
