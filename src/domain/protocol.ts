// Sync protocol v1 (docs/protocol.md): the JSON the tablet and the server exchange. The request
// and answer shapes are TypeBox schemas (protocol-schemas.ts); their types are derived here, for
// types only, so the tablet's bundle carries no schema code.
import type { Static } from '@sinclair/typebox';
import type * as S from './protocol-schemas';

export type {
  CertificateStatus,
  Change,
  DoseHistory,
  Entity,
  Lot,
  PreviousDose,
  Registration,
  Staff,
  StaffRole,
} from './reference-data';

export const API_PREFIX = '/api/v1';
export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

export type Site = Static<typeof S.SiteSchema>;
export type EnrollRequest = Static<typeof S.EnrollRequestSchema>;
export type EnrollResponse = Static<typeof S.EnrollResponseSchema>;
export type PushRequest = Static<typeof S.PushRequestSchema>;
export type PushResult = Static<typeof S.PushResultSchema>;
export type PushStatus = PushResult['status'];
export type PushResponse = Static<typeof S.PushResponseSchema>;
export type PullResponse = Static<typeof S.PullResponseSchema>;
/** Body of every 4xx/5xx answer. */
export type ApiError = Static<typeof S.ApiErrorSchema>;
