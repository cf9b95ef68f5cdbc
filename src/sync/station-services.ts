// The storage side of the stations (visits, stock, day figures, export), loaded on first use by
// services.ts: none of it is needed before someone signs in.
import type {
  DayReportService,
  ExportService,
  SessionService,
  StockService,
  VisitService,
} from '../app/services';
import type { ChangeSignal } from '../data/change-signal';
import { createExportService, type ExportDevice } from '../data/export-unsynced';
import type { OutboxRepository } from '../data/outbox-repo';
import type { RecordRepository } from '../data/record-repo';
import type { ReferenceRepository } from '../data/reference-repo';
import { createStockService } from '../data/stock-service';
import { createVisitService } from '../data/visit-service';
import { daySummary } from '../domain/day-summary';
import type { ApiClient } from './api-client';

export interface StationServiceDeps {
  records: RecordRepository;
  reference: ReferenceRepository;
  outbox: OutboxRepository;
  session: SessionService;
  siteId(): string | undefined;
  api(): ApiClient | undefined;
  device(): ExportDevice | undefined;
  onSaved(): Promise<void>;
  /** Told after every save, so the lists of every station refresh at once. */
  changes: ChangeSignal;
}

export interface StationServices {
  visits: VisitService;
  stock: StockService;
  dayReport: DayReportService;
  exports: ExportService;
}

export function createStationServices(deps: StationServiceDeps): StationServices {
  const { records, reference, siteId } = deps;
  return {
    visits: createVisitService(deps),
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
  };
}
