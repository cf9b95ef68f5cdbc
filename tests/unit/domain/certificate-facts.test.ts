import { describe, expect, it } from 'vitest';
import { certificateFacts, factsText, reissueReason } from '../../../src/domain/certificate-facts';

const identity = { fullName: 'Nguyễn Đức Bảo Duy', dob: '1990-11-20', sex: 'M' as const };
const dose = (date: string, doseNumber: number, vaccine = 'AZ') => ({
  date,
  vaccine,
  doseNumber,
  recordId: `r-${date}`,
});

describe('certificate facts', () => {
  it('states the identity in NFC and the doses oldest first, without record ids', () => {
    const facts = certificateFacts({ ...identity, fullName: identity.fullName.normalize('NFD') }, [
      dose('2021-09-20', 2),
      dose('2021-08-10', 1),
    ]);
    expect(facts.fullName).toBe('Nguyễn Đức Bảo Duy'.normalize('NFC'));
    expect(facts.doses).toEqual([
      { date: '2021-08-10', vaccine: 'AZ', doseNumber: 1 },
      { date: '2021-09-20', vaccine: 'AZ', doseNumber: 2 },
    ]);
  });

  it('spells equal facts alike, whatever the order they came in', () => {
    const a = certificateFacts(identity, [dose('2021-08-10', 1), dose('2021-09-20', 2)]);
    const b = certificateFacts(identity, [dose('2021-09-20', 2), dose('2021-08-10', 1)]);
    expect(factsText(a)).toBe(factsText(b));
    expect(reissueReason(a, b)).toBeUndefined();
  });

  it('says why a certificate must be re-issued', () => {
    const one = certificateFacts(identity, [dose('2021-08-10', 1)]);
    const two = certificateFacts(identity, [dose('2021-08-10', 1), dose('2021-09-20', 2)]);
    expect(reissueReason(one, two)).toBe('new-dose');
    expect(reissueReason(two, one)).toBe('dose-corrected');
    const moved = certificateFacts(identity, [dose('2021-08-11', 1), dose('2021-09-20', 2)]);
    expect(reissueReason(two, moved)).toBe('dose-corrected');
    const otherVaccine = certificateFacts(identity, [dose('2021-08-10', 1, 'PF')]);
    expect(reissueReason(one, otherVaccine)).toBe('dose-corrected');
    const renamed = certificateFacts({ ...identity, fullName: 'Nguyễn Đức Bảo Huy' }, [
      dose('2021-08-10', 1),
    ]);
    expect(reissueReason(one, renamed)).toBe('identity-corrected');
    const redated = certificateFacts({ ...identity, dob: '1990-11-02' }, [dose('2021-08-10', 1)]);
    expect(reissueReason(one, redated)).toBe('identity-corrected');
  });
});
