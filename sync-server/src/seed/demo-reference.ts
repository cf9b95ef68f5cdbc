// The demo site's reference data: the site, its staff and its vaccine stock.
import type { Lot, Staff } from '../../../src/domain/protocol';
import { addDays, type LocalDate } from '../../../src/domain/local-date';
import type { StoredSite } from '../store/repos/sites';

/** Phường Bến Nghé is in Quận 1, district 760 of Hồ Chí Minh City. */
export const DEMO_SITE: StoredSite = {
  id: 'demo-site',
  name: 'Trạm Y tế phường Bến Nghé',
  province: 'Hồ Chí Minh',
  district: '760',
};

export const DEMO_STAFF: Staff[] = [
  { id: 'demo-staff-1', name: 'Nguyễn Hoàng Phúc', role: 'volunteer' },
  { id: 'demo-staff-2', name: 'Trần Thị Mỹ Duyên', role: 'volunteer' },
  { id: 'demo-staff-3', name: 'Lê Thị Thu Hà', role: 'nurse' },
  { id: 'demo-staff-4', name: 'Phạm Văn Tài', role: 'nurse' },
  { id: 'demo-staff-5', name: 'BS. Võ Minh Tuấn', role: 'doctor' },
  { id: 'demo-staff-6', name: 'Huỳnh Ngọc Lan', role: 'admin' },
];

/**
 * Fixed PINs of the demo staff, so the README and the end-to-end tests can sign in: demo-staff-N
 * has N six times. Demo only: a real site's PINs are random (`staff:pin`) and never written down.
 */
export const DEMO_PINS: Readonly<Record<string, string>> = Object.fromEntries(
  DEMO_STAFF.map((s, i) => [s.id, String(i + 1).repeat(6)]),
);

/** Lots in stock at the site; expiries are counted from `today` so the demo never goes stale. */
export function demoLots(today: LocalDate): Lot[] {
  return [
    { lot: 'ABV5300', vaccine: 'AZ', expiry: addDays(today, 45), dosesAllocated: 500 },
    { lot: 'FK5127', vaccine: 'PF', expiry: addDays(today, 20), dosesAllocated: 1170 },
    { lot: 'FL8095', vaccine: 'PF', expiry: addDays(today, 75), dosesAllocated: 1170 },
    { lot: '3004221', vaccine: 'MD', expiry: addDays(today, 60), dosesAllocated: 400 },
    { lot: '202108B2219', vaccine: 'VC', expiry: addDays(today, 120), dosesAllocated: 300 },
  ];
}
