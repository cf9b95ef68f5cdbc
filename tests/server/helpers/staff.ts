// Staff of the other roles, for role and PIN tests; PIN verifiers use few iterations to stay fast.
import { createPinVerifier } from '../../../src/domain/pin';
import type { Staff } from '../../../src/domain/protocol';
import { SITE, type TestApp } from './test-app';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';

export const VOLUNTEER: Staff = { id: 'V1', name: 'Tình nguyện viên Hùng', role: 'volunteer' };
export const DOCTOR: Staff = { id: 'D1', name: 'Bác sĩ Minh', role: 'doctor' };
export const ADMIN: Staff = { id: 'A1', name: 'Quản trị Lan', role: 'admin' };

export async function addStaff(t: TestApp, staff: Staff[], siteId = SITE.id): Promise<void> {
  await t.store.transaction((tx) => staffRepo(tx).put(siteId, staff));
}

export const fastVerifier = (pin: string) => createPinVerifier(pin, 1000);
