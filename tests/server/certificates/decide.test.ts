// What the issuer does for one person: every row of the decision table.
import { describe, expect, it } from 'vitest';
import { certificateFacts } from '../../../src/domain/certificate-facts';
import type { LocalDate } from '../../../src/domain/local-date';
import { sameBirth } from '../../../sync-server/src/certificates/citizen/store-lookup';
import { decide } from '../../../sync-server/src/certificates/decide';
import type { Subject } from '../../../sync-server/src/certificates/subject';

const ID = '001090012345';
const AT = '2026-12-07T08:00:00.000Z';
const identity = { fullName: 'Nguyễn Đức Bảo Duy', dob: '1990-11-20', sex: 'M' as const };
const verified = { status: 'verified' as const, identity };
const d1 = { date: '2021-08-10', vaccine: 'AZ', doseNumber: 1, recordId: 'a' };
const d2 = { date: '2021-09-20', vaccine: 'AZ', doseNumber: 2, recordId: 'b' };
const signed = (doses = [d1], over: Partial<Subject> = {}): Subject => ({
  idNumber: ID,
  facts: certificateFacts(identity, doses),
  uvci: 'URN:UVCI:01:VN:OLD#1',
  notSignable: null,
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('the issuer decides, per person', () => {
  it('issues a first certificate to a verified person with a dose', () => {
    expect(decide(ID, [d1], verified, undefined, AT)).toEqual({
      kind: 'issue',
      facts: certificateFacts(identity, [d1]),
      reason: 'first-issue',
      supersedes: null,
    });
  });

  it('does nothing when the certificate in force states the facts as they are', () => {
    expect(decide(ID, [d1], verified, signed(), AT)).toEqual({ kind: 'none' });
  });

  it('re-issues, superseding the old one, on a new dose, a corrected dose or identity', () => {
    expect(decide(ID, [d1, d2], verified, signed(), AT)).toMatchObject({
      kind: 'issue',
      reason: 'new-dose',
      supersedes: 'URN:UVCI:01:VN:OLD#1',
    });
    expect(decide(ID, [{ ...d1, vaccine: 'PF' }], verified, signed(), AT)).toMatchObject({
      kind: 'issue',
      reason: 'dose-corrected',
    });
    const renamed = {
      status: 'verified' as const,
      identity: { ...identity, fullName: 'Nguyễn Đức Bảo Huy' },
    };
    expect(decide(ID, [d1], renamed, signed(), AT)).toMatchObject({
      kind: 'issue',
      reason: 'identity-corrected',
    });
  });

  it("re-issues the same facts when the certificate in force's key was revoked", () => {
    const keyRevoked = { keyRevoked: true };
    expect(decide(ID, [d1], verified, signed(), AT, keyRevoked)).toEqual({
      kind: 'issue',
      facts: certificateFacts(identity, [d1]),
      reason: 'key-revoked',
      supersedes: 'URN:UVCI:01:VN:OLD#1',
    });
    // Waiting for a new signer, noted so: re-issued all the same once one signs.
    const waiting = signed([d1], { notSignable: 'issuer-not-ready' });
    expect(decide(ID, [d1], verified, waiting, AT, keyRevoked)).toMatchObject({
      kind: 'issue',
      reason: 'key-revoked',
    });
    // New facts say the more useful why; no identity verified: nothing to sign it again with.
    expect(decide(ID, [d1, d2], verified, signed(), AT, keyRevoked)).toMatchObject({
      reason: 'new-dose',
    });
    const recorded = { ...identity, fullName: 'Nguyen Duc Bao Duy' };
    expect(
      decide(ID, [d1], { status: 'mismatch', recorded }, signed(), AT, keyRevoked),
    ).toMatchObject({ kind: 'note', subject: { notSignable: 'identity-mismatch' } });
  });

  it('revokes when no dose is left (voided, or moved to another ID), and forgets a note', () => {
    expect(decide(ID, [], verified, signed(), AT)).toEqual({
      kind: 'revoke',
      uvci: 'URN:UVCI:01:VN:OLD#1',
      reason: 'no-doses',
    });
    const note = signed([d1], { uvci: null, notSignable: 'identity-mismatch' });
    expect(decide(ID, [], verified, note, AT)).toEqual({ kind: 'note', subject: null });
    expect(decide(ID, [], verified, undefined, AT)).toEqual({ kind: 'none' });
  });

  it('signs nothing for an identity the registry did not verify, and says why', () => {
    const recorded = { ...identity, fullName: 'Nguyen Duc Bao Duy' };
    expect(decide(ID, [d1], { status: 'mismatch', recorded }, undefined, AT)).toEqual({
      kind: 'note',
      subject: {
        idNumber: ID,
        facts: certificateFacts(recorded, [d1]),
        uvci: null,
        notSignable: 'identity-mismatch',
        updatedAt: AT,
      },
    });
    for (const [status, reason] of [
      ['ambiguous', 'identity-ambiguous'],
      ['not-found', 'identity-not-found'],
    ] as const) {
      expect(decide(ID, [d1], { status, recorded }, undefined, AT)).toMatchObject({
        subject: { notSignable: reason },
      });
    }
    // Not matched yet: nothing known to show or sign.
    expect(decide(ID, [d1], { status: 'unmatched' }, undefined, AT)).toEqual({ kind: 'none' });
  });

  it('keeps a certificate in force while a new record under the ID waits for the work-queue', () => {
    const recorded = { ...identity, fullName: 'Nguyen Duc Bao Duy' };
    const decision = decide(ID, [d1, d2], { status: 'mismatch', recorded }, signed(), AT);
    expect(decision).toEqual({
      kind: 'note',
      subject: { ...signed(), notSignable: 'identity-mismatch', updatedAt: AT },
    });
    // Settled again with the same facts: the note goes, the certificate stays.
    const noted = signed([d1], { notSignable: 'identity-mismatch' });
    expect(decide(ID, [d1], verified, noted, AT)).toEqual({
      kind: 'note',
      subject: { ...noted, notSignable: null, updatedAt: AT },
    });
  });
});

describe('the date of birth the citizen types', () => {
  it('is compared as precisely as it is known', () => {
    const day = '1950-03-04' as LocalDate;
    expect(sameBirth('1950-03-04', day)).toBe(true);
    expect(sameBirth('1950-03-05', day)).toBe(false);
    expect(sameBirth('1950-03', day)).toBe(true);
    expect(sameBirth('1950', day)).toBe(true);
    expect(sameBirth('1951', day)).toBe(false);
    expect(sameBirth('195', day)).toBe(false);
  });
});
