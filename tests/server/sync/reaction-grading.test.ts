// The server refuses anaphylaxis graded "mild", with the reason, and keeps a reaction
// graded by Brighton level with its treatment exactly as sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reaction } from '../../../src/domain/records';
import { push } from '../helpers/api';
import { observationRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp;
let device: Device;
beforeEach(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
});
afterEach(() => t.close());

const released = (reactions: Reaction[]) =>
  observationRecord(SITE.id, NURSE.id, {
    data: { releasedAt: '2026-11-23T10:10:00.000+07:00', reactions, referred: true },
  });

describe('reactions pushed to the server', () => {
  it('rejects anaphylaxis graded mild and says why', async () => {
    const record = released([{ code: 'anaphylaxis', severity: 'mild' }]);
    const { status, body } = await push(t, device, [record]);
    expect(status).toBe(200);
    expect(body.results).toEqual([
      {
        id: record.id,
        status: 'rejected',
        errors: [
          expect.objectContaining({
            field: 'data.reactions.0.severity',
            code: 'anaphylaxis-severity',
            message: expect.stringMatching(/Brighton/),
          }),
        ],
      },
    ]);
    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(0);
  });

  it('accepts anaphylaxis at a Brighton level with what was done and when', async () => {
    const reaction: Reaction = {
      code: 'anaphylaxis',
      severity: 'severe',
      brighton: 1,
      treatment: {
        actions: ['adrenaline-im', 'oxygen', 'hospital-transfer'],
        note: 'Adrenalin 0,5 mg tiêm bắp đùi',
        at: '2026-11-23T10:02:00.000+07:00',
      },
    };
    const old = released([{ code: 'anaphylaxis', severity: 'severe' }]);
    const record = released([reaction]);
    const { body } = await push(t, device, [record, old]);
    expect(body.results).toEqual([
      { id: record.id, status: 'accepted' },
      // Recorded before Brighton levels: still valid.
      { id: old.id, status: 'accepted' },
    ]);
    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(2);
  });
});
