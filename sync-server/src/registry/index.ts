// The registry feature's public face: the population registry behind one interface (an imported
// extract or the look-up API), the extract's import and its admin command (docs/registry.md).
export { registryCommands } from './admin-commands';
export { extractSource } from './extract-source';
export { httpSource, type HttpSourceOptions } from './http-source';
export { importExtract, type ImportReport } from './import-extract';
export { registryRepo } from './registry-repo';
export { CANDIDATE_CAP, RegistryUnavailableError, type RegistrySource } from './source';
export { registryMatcher, type RegistryMatcher } from './background-matcher';
export { matchesRepo } from './matches-repo';
export { reconcileAll, type ReconcileReport } from './reconcile';
export { registryPlugin } from './registry-plugin';
export { registrySource } from './registry-source';
export { REPORT_COLUMNS, writeRegistryReport } from './registry-report';
export { auditRepo, type AuditAction, type AuditEntry } from './audit-repo';
export { notesRepo } from './notes-repo';
export { progressDaysRepo } from './progress-days-repo';
export { countWork, workQuery, type WorkFilter } from './work-filter';
export {
  BULK_ACCEPT_MAX,
  registryActions,
  type ActionOutcome,
  type RegistryActions,
} from './work-actions';
export {
  identitiesOf,
  matchesWrittenAfter,
  type MatchesMark,
  type IdentityVerdict,
  type RegistryIdentity,
} from './identities';
