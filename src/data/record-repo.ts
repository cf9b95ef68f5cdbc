// Confirmed records: each save stores the record AND its outbox entry in one strict transaction,
// so a record is either fully queued for the server or not stored at all.
import type { VaxRecord } from '../domain/records';
import type { VaxDb } from './db';
import { jsonBytes } from './json-bytes';

export class RecordRepository {
  constructor(
    private readonly db: VaxDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Writes a record (already validated by the service) and its outbox entry atomically. */
  async add(record: VaxRecord): Promise<void> {
    const { records, outbox } = this.db;
    await this.db.transaction('rw', [records, outbox], async () => {
      await records.add(record);
      await outbox.add({
        id: record.id,
        queuedAt: this.now().toISOString(),
        attempts: 0,
        bytes: jsonBytes(record),
      });
    });
  }

  /**
   * Records another tablet handed over (already checked): each new id is stored with its outbox
   * entry, so this tablet also pushes it until the server answers; an id already here is left as
   * it is, so a second scan adds nothing. Returns how many were new.
   */
  async addReceived(received: readonly VaxRecord[]): Promise<number> {
    const { records, outbox } = this.db;
    return this.db.transaction('rw', [records, outbox], async () => {
      const present = await records.bulkGet(received.map((r) => r.id));
      const fresh = received.filter((_, i) => present[i] === undefined);
      const queuedAt = this.now().toISOString();
      await records.bulkAdd(fresh);
      await outbox.bulkAdd(
        fresh.map((r) => ({ id: r.id, queuedAt, attempts: 0, bytes: jsonBytes(r) })),
      );
      return fresh.length;
    });
  }

  /** Every record of these visits, from any tablet of the site. */
  byVisitKeys(visitKeys: readonly string[]): Promise<VaxRecord[]> {
    return this.db.records
      .where('visitKey')
      .anyOf([...visitKeys])
      .toArray();
  }

  /** Every record of the site's visits on `localDate` (YYYY-MM-DD), corrections included. */
  ofDay(siteId: string, localDate: string): Promise<VaxRecord[]> {
    const prefix = `${siteId}:${localDate}:`;
    return this.db.records.where('visitKey').between(prefix, `${prefix}\uffff`).toArray();
  }

  /** Every injection this tablet knows of, with the corrections made to them. */
  async injectionsWithCorrections(): Promise<VaxRecord[]> {
    return this.db.records.where('type').anyOf(['injection', 'correction']).toArray();
  }

  /** Every record of every visit checked in under this ID number (any day, any tablet). */
  async ofCitizenId(citizenId: string): Promise<VaxRecord[]> {
    const checkins = await this.db.records.where('data.citizen.id').equals(citizenId).toArray();
    return this.byVisitKeys([...new Set(checkins.map((c) => c.visitKey))]);
  }

  get(id: string): Promise<VaxRecord | undefined> {
    return this.db.records.get(id);
  }
}
