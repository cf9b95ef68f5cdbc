// For the registry tests: the registry persons and the citizens recorded as them that several
// tests use, a check-in of any citizen (keyed by the ID, or by a provisional id when there is
// none), and the stored match row that holds a check-in.
import { newId } from '../../../src/domain/ids';
import type { CheckinRecord, Citizen } from '../../../src/domain/records';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { matchesRepo } from '../../../sync-server/src/registry';
import type { DbHandle } from '../../../sync-server/src/store/db-handle';
import { checkinRecord, DAY } from '../../support/records';
import { NURSE, SITE } from './test-app';

/** Registry persons of province 79, the test sites' province. */
export const IN_REGISTRY = {
  lan: {
    idNumber: '079190001234',
    fullName: 'Nguyễn Thị Lan',
    dob: '1990-05-01',
    sex: 'F',
    provinceCode: '79',
  },
  nam: {
    idNumber: '079085004321',
    fullName: 'Trần Văn Nam',
    dob: '1985-02-03',
    sex: 'M',
    provinceCode: '79',
  },
  // Known to the registry by birth year only.
  tu: {
    idNumber: '079040000555',
    fullName: 'Phạm Văn Tư',
    dob: '1940',
    sex: 'M',
    provinceCode: '79',
  },
  // Twins: same birth day, family, commune and phone.
  anh: {
    idNumber: '079310000011',
    fullName: 'Lê Minh Anh',
    dob: '2010-03-04',
    sex: 'F',
    provinceCode: '79',
    communeCode: '26734',
    phone: '0903111222',
  },
  chau: {
    idNumber: '079310000012',
    fullName: 'Lê Minh Châu',
    dob: '2010-03-04',
    sex: 'F',
    provinceCode: '79',
    communeCode: '26734',
    phone: '0903111222',
  },
} satisfies Record<string, RegistryPerson>;

const { lan, nam, tu, anh } = IN_REGISTRY;

/** Citizens as the sites recorded them. */
export const RECORDED = {
  /** Exactly as in the registry. */
  lan: { id: lan.idNumber, fullName: lan.fullName, dob: lan.dob, sex: 'F' },
  /** Upper case without diacritics, as the health apps' QR writes names. */
  namUnaccented: { id: nam.idNumber, fullName: 'TRAN VAN NAM', dob: nam.dob, sex: 'M' },
  /** A full date of birth, where the registry knows only the year. */
  tu: { id: tu.idNumber, fullName: tu.fullName, dob: '1940-06-15', sex: 'M' },
  /** Someone the registry does not hold. */
  outsider: { id: '001088009999', fullName: 'Hoàng Văn Ngoại', dob: '1988-08-08', sex: 'M' },
  anh: { id: anh.idNumber, fullName: anh.fullName, dob: anh.dob, sex: 'F' },
  /** Anh again, as a child recorded without an ID (or diacritics) under her guardian's phone. */
  anhWithoutId: {
    fullName: 'Le Minh Anh',
    dob: anh.dob,
    sex: 'F',
    guardian: { name: 'Lê Văn Bố', phone: anh.phone },
  },
} satisfies Record<string, Citizen>;

/** A check-in of the citizen on that day, at S1 by its nurse unless another site is given. */
export function checkinOf(
  citizen: Citizen,
  day = DAY,
  at: { site: string; nurse: string } = { site: SITE.id, nurse: NURSE.id },
): CheckinRecord {
  const id = newId();
  return checkinRecord(at.site, at.nurse, {
    id,
    visitKey: `${at.site}:${day}:${citizen.id ?? id}`,
    data: { method: 'manual', citizen },
  });
}

export async function matchRowOf(handle: DbHandle, recordId: string) {
  for await (const rows of matchesRepo(handle).pages(100))
    for (const r of rows) if (r.record_ids.includes(recordId)) return r;
  return undefined;
}
