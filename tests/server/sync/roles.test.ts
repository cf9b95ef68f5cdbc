// Roles at ingest: a staff member's role must allow the record, and a correction the
// kind of record it corrects; a correction must also leave a valid record on the same site.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { push } from '../helpers/api';
import {
  checkinRecord,
  correctionRecord,
  injectionRecord,
  observationRecord,
  screeningRecord,
} from '../../support/records';
import { addStaff, ADMIN, DOCTOR, VOLUNTEER } from '../helpers/staff';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp;
let device: Device;
beforeEach(async () => {
  t = await createTestApp();
  await addStaff(t, [VOLUNTEER, DOCTOR, ADMIN]);
  device = await enrollDevice(t);
});
afterEach(() => t.close());

const statuses = async (records: unknown[]) =>
  (await push(t, device, records)).body.results.map((r) => r.status);

describe('roles at ingest', () => {
  it('accepts what each role may record and rejects the rest with code role', async () => {
    const s = SITE.id;
    const allowed = [
      checkinRecord(s, VOLUNTEER.id),
      observationRecord(s, VOLUNTEER.id),
      screeningRecord(s, DOCTOR.id),
      screeningRecord(s, NURSE.id),
      injectionRecord(s, NURSE.id),
      checkinRecord(s, ADMIN.id),
    ];
    expect(await statuses(allowed)).toEqual(Array(allowed.length).fill('accepted'));

    const refused = [
      injectionRecord(s, VOLUNTEER.id),
      screeningRecord(s, VOLUNTEER.id),
      injectionRecord(s, DOCTOR.id),
      injectionRecord(s, ADMIN.id),
    ];
    const { body } = await push(t, device, refused);
    expect(body.results).toEqual(
      refused.map((r) => ({
        id: r.id,
        status: 'rejected',
        errors: [expect.objectContaining({ field: 'staffId', code: 'role' })],
      })),
    );
    expect(await recordsRepo(t.store).countForSite(s)).toBe(allowed.length);
  });

  it('a re-sent record stays a duplicate even after the role changed', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    await push(t, device, [injection]);
    await addStaff(t, [{ ...NURSE, role: 'volunteer' }]);
    expect(await statuses([injection])).toEqual(['duplicate']);
  });
});

describe('corrections at ingest', () => {
  it('needs the right to record the kind of record corrected', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    const checkin = checkinRecord(SITE.id, VOLUNTEER.id);
    await push(t, device, [injection, checkin]);
    const byVolunteer = correctionRecord(injection, VOLUNTEER.id, { 'data.lot': 'FK9999' });
    const byNurse = correctionRecord(injection, NURSE.id, { 'data.lot': 'FK9999' });
    const checkinByVolunteer = correctionRecord(checkin, VOLUNTEER.id, {
      'data.citizen.fullName': 'Nguyễn Văn Ân',
    });
    const { body } = await push(t, device, [byVolunteer, byNurse, checkinByVolunteer]);
    expect(body.results.map((r) => r.status)).toEqual(['rejected', 'accepted', 'accepted']);
    expect(body.results[0]?.errors).toEqual([
      expect.objectContaining({ field: 'staffId', code: 'role' }),
    ]);
  });

  it('rejects changes that may not be made or leave an invalid record', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    await push(t, device, [injection]);
    const visitChange = correctionRecord(injection, NURSE.id, { visitKey: 'x' });
    const badDose = correctionRecord(injection, NURSE.id, { 'data.doseNumber': 0 });
    const { body } = await push(t, device, [visitChange, badDose]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      errors: [{ field: 'data.changes.visitKey', code: 'not-correctable' }],
    });
    expect(body.results[1]).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ field: 'data.changes.data.doseNumber' })],
    });
  });

  it('checks a correction of a record earlier in the same batch', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    const bad = correctionRecord(injection, NURSE.id, { 'data.arm': 'middle' });
    const good = correctionRecord(injection, NURSE.id, { 'data.arm': 'right' });
    expect(await statuses([injection, bad, good])).toEqual(['accepted', 'rejected', 'accepted']);
  });

  it('accepts a correction whose target has not arrived yet', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    const correction = correctionRecord(injection, NURSE.id, { 'data.lot': 'FK9999' });
    expect(await statuses([correction])).toEqual(['accepted']);
    expect(await statuses([injection])).toEqual(['accepted']);
  });

  it("rejects a correction of another site's record", async () => {
    const other = await enrollDevice(t, OTHER_SITE.id);
    const theirs = injectionRecord(OTHER_SITE.id, OTHER_NURSE.id, {
      visitKey: `${OTHER_SITE.id}:2026-11-23:001085123456`,
    });
    expect((await push(t, other, [theirs])).body.results[0]?.status).toBe('accepted');
    const correction = correctionRecord(
      theirs,
      NURSE.id,
      { 'data.lot': 'FK9999' },
      {
        siteId: SITE.id,
        visitKey: `${SITE.id}:2026-11-23:001085123456`,
      },
    );
    const { body } = await push(t, device, [correction]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      errors: [{ field: 'data.targetId', code: 'wrong-site' }],
    });
  });

  it('never lets a correction be corrected', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    const first = correctionRecord(injection, NURSE.id, { 'data.lot': 'FK9999' });
    const second = correctionRecord(first, NURSE.id, { 'data.reason': 'no' });
    const { body } = await push(t, device, [injection, first, second]);
    expect(body.results[2]).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ code: 'not-correctable' })],
    });
  });
});
