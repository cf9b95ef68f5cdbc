// The correction form's fields for a check-in or an injection, and the changes they make to the
// record as it now stands: only what differs is sent, so a correction says exactly what changed.
import { normalizePhone } from '../../../domain/phone';
import type { Lot } from '../../../domain/protocol';
import type { VaxRecord } from '../../../domain/records';
import type { Problem } from '../shared/problem';

export type CorrectionDraft = Record<string, string>;

/** The paths the form offers, per record type (a subset of CORRECTABLE). */
export const FORM_PATHS: Partial<Record<VaxRecord['type'], readonly string[]>> = {
  checkin: [
    'data.citizen.fullName',
    'data.citizen.dob',
    'data.citizen.sex',
    'data.citizen.phone',
    'data.citizen.id',
  ],
  injection: ['data.lot', 'data.doseNumber', 'data.arm'],
};

export function draftOf(record: VaxRecord): CorrectionDraft {
  if (record.type === 'checkin') {
    const c = record.data.citizen;
    return {
      'data.citizen.fullName': c.fullName,
      'data.citizen.dob': c.dob,
      'data.citizen.sex': c.sex,
      'data.citizen.phone': c.phone ?? '',
      'data.citizen.id': c.id ?? '',
    };
  }
  if (record.type === 'injection') {
    const d = record.data;
    return { 'data.lot': d.lot, 'data.doseNumber': String(d.doseNumber), 'data.arm': d.arm };
  }
  return {};
}

export function changesFrom(
  record: VaxRecord,
  draft: CorrectionDraft,
  lots: readonly Pick<Lot, 'lot' | 'vaccine'>[],
): { changes: Record<string, unknown>; problems: Problem[] } {
  const before = draftOf(record);
  const changes: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const edited = (path: string) => (draft[path] ?? '').trim() !== (before[path] ?? '').trim();
  for (const path of FORM_PATHS[record.type] ?? []) {
    if (!edited(path)) continue;
    const text = (draft[path] ?? '').normalize('NFC').trim();
    if (path === 'data.citizen.fullName') changes[path] = text.replace(/\s+/g, ' ');
    else if (path === 'data.citizen.id') changes[path] = text.replace(/[\s.-]/g, '');
    else if (path === 'data.citizen.phone') {
      const phone = normalizePhone(text);
      // A phone number cannot be removed by a correction, only replaced.
      if (phone === null) problems.push({ key: 'field.phone' });
      else if (phone !== before[path]) changes[path] = phone;
    } else if (path === 'data.doseNumber') changes[path] = Number(text);
    else if (path === 'data.lot') {
      changes[path] = text;
      const lot = lots.find((l) => l.lot === text);
      // The lot decides the vaccine: a lot of another product corrects the product too.
      if (lot && record.type === 'injection' && lot.vaccine !== record.data.vaccine) {
        changes['data.vaccine'] = lot.vaccine;
      }
    } else changes[path] = text;
  }
  return { changes, problems };
}
