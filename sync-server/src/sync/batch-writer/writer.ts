// What a batch writer does, whichever connection it writes through.
import type { PushResult } from '../../../../src/domain/protocol';
import type { DeviceIdentity } from '../../devices';
import type { CheckedBatch } from '../ingest/ingest';

export interface BatchWriter {
  /** Stores the batch all or nothing; resolves once committed, answers in request order. */
  write(device: DeviceIdentity, batch: CheckedBatch, receivedAt: string): Promise<PushResult[]>;
  /**
   * Throws unless the database can write now, as batches see it: a small real write commits
   * through the writer's connection, and no batch was refused for space or I/O just before.
   */
  canWrite(now: Date): Promise<void>;
  /** Lets batches in hand finish, then stops. */
  close(): Promise<void>;
}
