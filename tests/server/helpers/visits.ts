// A whole vaccination visit at the test site, as a tablet pushes it: the check-in of the citizen
// (read from their card), an eligible screening and the injection of dose `doseNumber`.
import { newId } from '../../../src/domain/ids';
import type { Citizen, VaxRecord } from '../../../src/domain/records';
import { checkinRecord, injectionRecord, screeningRecord } from '../../support/records';
import { NURSE, SITE } from './test-app';

export function vaccinationVisit(
  citizen: Citizen,
  date: string,
  doseNumber: number,
  vaccine = 'AZ',
): VaxRecord[] {
  const base = { visitKey: `${SITE.id}:${date}:${citizen.id ?? newId()}` };
  const at = (time: string) => `${date}T${time}+07:00`;
  return [
    checkinRecord(SITE.id, NURSE.id, {
      ...base,
      occurredAt: at('09:15:02.123'),
      data: { method: 'cccd-qr', citizen },
    }),
    screeningRecord(SITE.id, NURSE.id, {
      ...base,
      occurredAt: at('09:25:00.000'),
      data: {
        answers: { acuteIllness: false },
        outcome: 'eligible',
        decision: 'proceed',
        consent: true,
      },
    }),
    injectionRecord(SITE.id, NURSE.id, {
      ...base,
      occurredAt: at('09:40:00.000'),
      data: { vaccine, lot: `${vaccine}1001`, doseNumber, doseKind: 'primary', arm: 'left' },
    }),
  ];
}
