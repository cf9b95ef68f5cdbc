// Nothing the server logs names a person: not on enrollment, accepted or rejected pushes, pulls,
// or malformed requests, even at debug level.
import { describe, expect, it } from 'vitest';
import { pullAll, push } from '../helpers/api';
import { checkinRecord } from '../../support/records';
import { createTestApp, enrollDevice, NURSE, SITE } from '../helpers/test-app';

const NAME = 'Phùng Thị Bích Ngọc';
const CITIZEN_ID = '079190123456';
const PHONE = '0912345678';

describe('logs', () => {
  it('never contain names, ID numbers or phone numbers', async () => {
    const lines: string[] = [];
    const t = await createTestApp({ logStream: { write: (line) => void lines.push(line) } });
    try {
      const device = await enrollDevice(t);
      const citizen = {
        id: CITIZEN_ID,
        fullName: NAME,
        dob: '1990-02-03',
        sex: 'F' as const,
        phone: PHONE,
      };
      const good = checkinRecord(SITE.id, NURSE.id, {
        visitKey: `${SITE.id}:2026-11-23:${CITIZEN_ID}`,
        data: { method: 'cccd-qr', citizen },
      });
      const bad = {
        ...good,
        id: 'not-a-uuid',
        data: { ...good.data, citizen: { ...citizen, dob: 'x' } },
      };
      expect((await push(t, device, [good, bad])).status).toBe(200);
      await pullAll(t, device);
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { ...device.headers, 'content-type': 'application/json' },
        payload: `{"records": [{"data": {"citizen": {"fullName": "${NAME}", "phone": "${PHONE}"`,
      });
      await t.app.inject({ method: 'GET', url: `/api/v1/sync/pull?cursor=${CITIZEN_ID}` });
    } finally {
      await t.close();
    }
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [NAME, CITIZEN_ID, PHONE, 'Bích Ngọc']) expect(log).not.toContain(secret);
  });
});
