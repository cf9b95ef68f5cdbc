import { afterEach, describe, expect, it } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { ReferenceRepository } from '../../../src/data/reference-repo';
import type { Change } from '../../../src/domain/protocol';
import { freshDb } from './fixtures';
import { numberedCheckin, registration } from '../../support/records';

let db: VaxDb;
afterEach(() => db.delete());

const putReg = (serial: number, sessionDate?: string): Change => {
  const data = registration(serial, sessionDate);
  return { entity: 'registration', op: 'put', key: data.id, data };
};

describe('ReferenceRepository.applyChanges', () => {
  it('stores each entity and the cursor; records from other tablets get no outbox entry', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    const other = numberedCheckin(7);
    const lot = { lot: 'FK5127', vaccine: 'PF', expiry: '2027-01-31', dosesAllocated: 600 };
    const nurse = { id: 'staff-1', name: 'Lê Thị Hoa', role: 'nurse' as const };
    await repo.applyChanges(
      [
        putReg(1),
        putReg(2),
        { entity: 'lot', op: 'put', key: lot.lot, data: lot },
        { entity: 'staff', op: 'put', key: nurse.id, data: nurse },
        { entity: 'record', op: 'put', key: other.id, data: other },
      ],
      'c1',
    );

    expect(await repo.cursor()).toBe('c1');
    expect(await repo.registrationCount()).toBe(2);
    const reg = registration(2);
    expect(await repo.registrationByCitizenId(reg.citizen.id!)).toEqual(reg);
    expect(await repo.registrationByCode('R1')).toEqual(registration(1));
    expect(await repo.lots()).toEqual([lot]);
    expect(await repo.staff()).toEqual([nurse]);
    expect(await db.records.get(other.id)).toEqual(other);
    expect(await db.outbox.count()).toBe(0);
  });

  it('applies the last change per key within a page, including deletes', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    await repo.applyChanges([putReg(1), putReg(2)], 'c1');
    const gone = registration(1);
    await repo.applyChanges(
      [
        { entity: 'registration', op: 'delete', key: gone.id, data: gone },
        putReg(3),
        { entity: 'registration', op: 'delete', key: 'reg-3', data: registration(3) },
        putReg(3, '2026-11-24'),
      ],
      'c2',
    );
    expect(await repo.registrationCount()).toBe(2);
    expect(await repo.registrationByCode(gone.code)).toBeUndefined();
    expect((await repo.registrationByCode(registration(2).code))?.sessionDate).toBe('2026-11-23');
    expect((await repo.registrationByCode(registration(3).code))?.sessionDate).toBe('2026-11-24');
  });

  it('serves the newest version of a registration changed by a later page', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    await repo.applyChanges([putReg(1)], 'c1');
    const moved = {
      ...registration(1),
      citizen: { ...registration(1).citizen, id: '079300000001' },
    };
    await repo.applyChanges(
      [{ entity: 'registration', op: 'put', key: moved.id, data: moved }],
      'c2',
    );
    expect(await repo.registrationByCitizenId(registration(1).citizen.id!)).toBeUndefined();
    expect(await repo.registrationByCitizenId('079300000001')).toEqual(moved);
    expect(await repo.registrationCount()).toBe(1);
  });

  it('picks the latest session when a citizen has several registrations', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    const later = { ...registration(1, '2026-12-01'), id: 'reg-later' };
    await repo.applyChanges(
      [putReg(1), { entity: 'registration', op: 'put', key: later.id, data: later }],
      'c1',
    );
    expect((await repo.registrationByCitizenId(later.citizen.id!))?.id).toBe('reg-later');
    expect(await repo.registrationByCitizenId('000000000000')).toBeUndefined();
  });

  it('is atomic: a page that fails to store leaves data and cursor as they were', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    await repo.applyChanges([putReg(1)], 'c1');
    const broken = { ...registration(9), id: undefined } as never;
    await expect(
      repo.applyChanges(
        [putReg(2), { entity: 'registration', op: 'put', key: 'x', data: broken }],
        'c2',
      ),
    ).rejects.toThrow();
    expect(await repo.cursor()).toBe('c1');
    expect(await repo.registrationCount()).toBe(1);
  });
});
