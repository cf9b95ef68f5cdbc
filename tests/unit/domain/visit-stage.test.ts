import { describe, expect, it } from 'vitest';
import type { VaxRecord } from '../../../src/domain/records';
import { visitStage } from '../../../src/domain/visit-stage';

const base = { siteId: 's', staffId: 'n', visitKey: 's:2026-11-23:079190001234' };
let n = 0;
const at = (minute: number) => `2026-11-23T08:${String(minute).padStart(2, '0')}:00.000+07:00`;
const rec = (type: VaxRecord['type'], minute: number, data: object): VaxRecord =>
  ({ ...base, id: `id-${n++}`, type, occurredAt: at(minute), data }) as VaxRecord;
const checkin = rec('checkin', 0, { method: 'manual', citizen: {} });
const screening = (minute: number, decision: string) =>
  rec('screening', minute, { answers: {}, outcome: 'eligible', decision });

describe('visitStage', () => {
  it('follows a visit through the stations', () => {
    expect(visitStage([checkin])).toBe('waiting-screening');
    expect(visitStage([checkin, screening(5, 'proceed')])).toBe('waiting-injection');
    const injection = rec('injection', 10, {});
    expect(visitStage([checkin, screening(5, 'proceed'), injection])).toBe('in-observation');
    const release = rec('observation', 40, {});
    expect(visitStage([release, injection, screening(5, 'proceed'), checkin])).toBe('released');
  });

  it('uses the latest screening decision', () => {
    expect(visitStage([checkin, screening(5, 'defer')])).toBe('deferred');
    expect(visitStage([checkin, screening(5, 'refer')])).toBe('referred');
    expect(visitStage([checkin, screening(9, 'proceed'), screening(5, 'defer')])).toBe(
      'waiting-injection',
    );
  });
});
