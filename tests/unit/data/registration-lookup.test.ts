import { afterEach, describe, expect, it } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { RecordRepository } from '../../../src/data/record-repo';
import { ReferenceRepository } from '../../../src/data/reference-repo';
import type { Change, Registration } from '../../../src/domain/protocol';
import { freshDb } from './fixtures';
import { numberedCheckin, registration } from '../../support/records';

let db: VaxDb;
afterEach(() => db.delete());

const put = (data: Registration): Change => ({
  entity: 'registration',
  op: 'put',
  key: data.id,
  data,
});
const named = (serial: number, fullName: string, dob = '1985-02-03'): Registration => {
  const r = registration(serial);
  return { ...r, citizen: { ...r.citizen, fullName, dob } };
};

describe('registration lookups', () => {
  it('finds by old 9-digit ID like a 12-digit one', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    const old = { ...registration(1), citizen: { ...registration(1).citizen, id: '271234567' } };
    await repo.applyChanges([put(old), put(registration(2))], 'c1');
    expect(await repo.registrationByCitizenId('271234567')).toEqual(old);
    expect(await repo.registrationByCitizenId(registration(2).citizen.id!)).toEqual(
      registration(2),
    );
  });

  it('finds by name + DOB in any accents, case, spacing or normal form; returns namesakes', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    const a = named(1, 'Nguyễn Thị Ánh');
    const b = named(2, 'Nguyễn Thị Ánh');
    await repo.applyChanges([put(a), put(named(3, 'Nguyễn Thị Anh', '1985-02-04')), put(b)], 'c1');
    for (const input of [
      'Nguyễn Thị Ánh',
      'NGUYEN THI ANH',
      ' nguyen  thi anh',
      'Nguyễn Thị Ánh'.normalize('NFD'),
    ]) {
      const found = await repo.registrationsByNameDob(input, '1985-02-03');
      expect(found.map((r) => r.id).sort()).toEqual(['reg-1', 'reg-2']);
    }
    expect(await repo.registrationsByNameDob('Nguyễn Thị Ánh', '1985-02-05')).toEqual([]);
    expect(await repo.registrationsByNameDob('Nguyễn Thị Ánh Hồng', '1985-02-03')).toEqual([]);
  });

  it('finds an updated registration only by its new name, ID and code', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    await repo.applyChanges([put(named(1, 'Trần Văn Nam'))], 'c1');
    const renamed = { ...named(1, 'Trần Văn Nhân'), code: 'R1B' };
    renamed.citizen.id = '001085999999';
    await repo.applyChanges([put(renamed)], 'c2');
    expect(await repo.registrationsByNameDob('Tran Van Nam', '1985-02-03')).toEqual([]);
    expect(await repo.registrationsByNameDob('Tran Van Nhan', '1985-02-03')).toEqual([renamed]);
    expect(await repo.registrationByCitizenId(registration(1).citizen.id!)).toBeUndefined();
    expect(await repo.registrationByCitizenId('001085999999')).toEqual(renamed);
    expect(await repo.registrationByCode('R1')).toBeUndefined();
    expect(await repo.registrationByCode('R1B')).toEqual(renamed);
  });

  it('finds a deleted registration by nothing', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    const gone = named(1, 'Lê Văn Tâm');
    await repo.applyChanges([put(gone)], 'c1');
    await repo.applyChanges(
      [{ entity: 'registration', op: 'delete', key: gone.id, data: gone }],
      'c2',
    );
    expect(await repo.registrationsByNameDob('Lê Văn Tâm', '1985-02-03')).toEqual([]);
    expect(await repo.registrationByCitizenId(gone.citizen.id!)).toBeUndefined();
    expect(await repo.registrationByCode(gone.code)).toBeUndefined();
    expect(await repo.citizenById(gone.citizen.id!)).toBeUndefined();
  });
});

describe('citizenById: the same ID never becomes two people', () => {
  it('answers from a registration first', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    await repo.applyChanges([put(registration(1))], 'c1');
    expect(await repo.citizenById(registration(1).citizen.id!)).toEqual(registration(1).citizen);
    expect(await repo.citizenById('001085000002')).toBeUndefined();
  });

  it('answers from a check-in stored here or pulled from another tablet, the latest one', async () => {
    db = freshDb();
    const repo = new ReferenceRepository(db);
    const mine = numberedCheckin(5, '2026-11-20T09:00:00.000+07:00');
    await new RecordRepository(db).add(mine);
    const id = mine.data.citizen.id!;
    expect(await repo.citizenById(id)).toEqual(mine.data.citizen);
    const later = numberedCheckin(5, '2026-11-23T09:00:00.000+07:00');
    later.data.citizen = { ...later.data.citizen, phone: '0912345678' };
    await repo.applyChanges([{ entity: 'record', op: 'put', key: later.id, data: later }], 'c1');
    expect(await repo.citizenById(id)).toEqual(later.data.citizen);
    expect(await repo.citizenById(numberedCheckin(6).data.citizen.id!)).toBeUndefined();
  });
});
