// The sync feature's public face: push, pull (held or not), ingest, the batch writer, health.
export { batchWriterFor, storeWriter } from './batch-writer/batch-writer';
export type { BatchWriter } from './batch-writer/writer';
export {
  REVOKED_DEVICE_FLAG,
  afterRevocation,
  exportDateProblem,
  revokedDeviceFlag,
} from './export-admission';
export { healthRoutes } from './health-routes';
export { announceDoseHistories, historiesOf, type CitizenHistory } from './ingest/dose-histories';
export { doseHistoryChangesRepo, type DoseHistoryChange } from './repos/dose-history-changes';
export { checkBatch, storeInTransaction, type CheckedBatch } from './ingest/ingest';
export { heldPulls } from './live-pull/held-pulls';
export { pullRoutes } from './pull-routes';
export { pushRoutes } from './push-routes';
export { recordsRepo } from './repos/records';
