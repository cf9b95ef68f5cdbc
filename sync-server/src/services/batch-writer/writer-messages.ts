// What the main thread and the SQLite writer thread say to each other.
import type { PushResult } from '../../../../src/domain/protocol';
import type { DeviceIdentity } from '../../store/repos/devices';
import type { CheckedBatch } from '../ingest';

export interface WriterRequest {
  id: number;
  device: DeviceIdentity;
  batch: CheckedBatch;
  receivedAt: string;
}

/** Results once committed, or why the batch was not stored (then nothing of it was). */
export type WriterReply = { id: number; results: PushResult[] } | { id: number; error: string };
