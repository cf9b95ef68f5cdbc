// What a correction may change, per record type (docs/architecture.md §3). Identity of the visit
// (keys, site, time, whose visit it is as a whole) never is: a correction names single fields by
// dotted path.
import type { RecordType } from './records';

export const CORRECTABLE: Record<RecordType, readonly string[]> = {
  checkin: [
    'data.citizen.id',
    'data.citizen.fullName',
    'data.citizen.dob',
    'data.citizen.sex',
    'data.citizen.phone',
    'data.citizen.address',
    'data.citizen.guardian',
  ],
  screening: ['data.decision', 'data.note'],
  injection: ['data.vaccine', 'data.lot', 'data.doseNumber', 'data.doseKind', 'data.arm'],
  observation: ['data.reactions', 'data.referred'],
  correction: [],
};

const ANY_TYPE = new Set(Object.values(CORRECTABLE).flat());

/** May some kind of record have this path corrected? Checked before the target is known. */
export const isCorrectablePath = (path: string): boolean => ANY_TYPE.has(path);
