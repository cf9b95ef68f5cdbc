// The few facts of a record worth showing in a visit's history, as (path, value) pairs.
import type { VaxRecord } from '../../../domain/records';

export function summaryPaths(record: VaxRecord): string[] {
  switch (record.type) {
    case 'checkin':
      return [
        'data.citizen.fullName',
        'data.citizen.dob',
        'data.citizen.sex',
        'data.citizen.id',
        'data.citizen.phone',
      ];
    case 'screening':
      return ['data.outcome', 'data.decision', 'data.avoidVaccine', 'data.note'];
    case 'injection':
      return ['data.vaccine', 'data.lot', 'data.doseNumber', 'data.doseKind', 'data.arm'];
    case 'observation':
      return ['data.reactions', 'data.referred'];
    case 'correction':
      return ['data.reason'];
  }
}
