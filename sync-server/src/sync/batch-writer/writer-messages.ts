// What the main thread and the SQLite writer thread say to each other.
import type { PushResult } from '../../../../src/domain/protocol';
import type { DeviceIdentity } from '../../devices';
import type { CheckedBatch } from '../ingest/ingest';
import type { MovedSites } from '../../store/change-feed';

export interface BatchRequest {
  id: number;
  device: DeviceIdentity;
  batch: CheckedBatch;
  receivedAt: string;
}

/** The health probe: one small real write, in the next group, through the writer's connection. */
export interface ProbeRequest {
  id: number;
  probeAt: string;
}

export type WriterRequest = BatchRequest | ProbeRequest;

/**
 * Results once committed (none for a probe), or why nothing was stored: the error's message and,
 * when it has one, its code (SQLITE_FULL, SQLITE_BUSY…), which says whether a retry may succeed.
 */
export type WriterReply =
  { id: number; results: PushResult[] } | { id: number; error: string; code?: string };

/** Sent by the thread after each commit: the sites whose change feed moved. */
export interface MovedNotice {
  moved: MovedSites;
}
