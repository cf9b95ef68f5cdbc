import { describe, expect, it } from 'vitest';
import { matchPerson } from '../../../../src/domain/registry/match-person';
import type { PlatformPerson, RegistryPerson } from '../../../../src/domain/registry/types';

const anh: RegistryPerson = {
  idNumber: '079190012345',
  fullName: 'Nguyễn Thị Ánh',
  dob: '1990-05-03',
  sex: 'F',
  provinceCode: '79',
  communeCode: '26734',
  phone: '0912345678',
};
const stranger: RegistryPerson = {
  idNumber: '001085654321',
  fullName: 'Trần Văn Bình',
  dob: '1985-11-20',
  sex: 'M',
  provinceCode: '01',
  communeCode: '00004',
};
const recorded = (over: Partial<PlatformPerson> = {}): PlatformPerson => ({
  personKey: 'p1',
  recordIds: ['r1', 'r2'],
  idNumber: anh.idNumber,
  fullName: anh.fullName,
  dob: anh.dob,
  sex: 'F',
  provinceCode: '79',
  ...over,
});
// As the server calls it: the holder of the recorded ID, and the blocked candidates.
const match = (p: PlatformPerson, registry: RegistryPerson[]) =>
  matchPerson(
    p,
    registry.find((r) => r.idNumber === p.idNumber),
    registry.filter((r) => r.idNumber !== p.idNumber),
  );

describe('matchPerson: verified', () => {
  it('verifies a recorded ID whose holder has the same name, date of birth and sex', () => {
    const r = match(recorded({ fullName: '  NGUYỄN thị  ánh' }), [anh, stranger]);
    expect(r).toMatchObject({ status: 'verified', registryId: anh.idNumber, reason: 'id-exact' });
    expect(r.differences).toEqual([]);
    expect(r.kinds).toEqual({});
    expect(r.explanation.map((f) => [f.field, f.level])).toEqual([
      ['id_number', 'exact'],
      ['full_name', 'exact'],
      ['dob', 'exact'],
      ['sex', 'agree'],
      ['province_code', 'agree'],
      ['commune_code', 'unknown'],
      ['phone', 'unknown'],
    ]);
    expect(r.score).toBeCloseTo(
      r.explanation.reduce((s, f) => s + f.weight, 0),
      5,
    );
  });

  it('verifies against a registry that knows only the birth year, or year and month', () => {
    for (const dob of ['1990', '1990-05'])
      expect(match(recorded(), [{ ...anh, dob }]).status).toBe('verified');
  });

  it('verifies when either side does not know the sex', () => {
    expect(match(recorded({ sex: undefined }), [anh]).status).toBe('verified');
    expect(match(recorded(), [{ ...anh, sex: undefined }]).status).toBe('verified');
  });

  it('does not verify a name without its diacritics: the correction will restore them', () => {
    const r = match(recorded({ fullName: 'NGUYEN THI ANH' }), [anh]);
    expect(r).toMatchObject({ status: 'mismatch', registryId: anh.idNumber, reason: 'id-exact' });
    expect(r.differences).toEqual(['full_name']);
    expect(r.kinds).toEqual({ full_name: 'diacritics' });
  });
});

describe('matchPerson: mismatch', () => {
  it.each([
    ['one digit wrong', '079190012346', 'one-digit', 'id-one-digit'],
    ['two digits swapped', '079190021345', 'transposed', 'id-transposed'],
  ] as const)('finds the person through an ID with %s', (_, idNumber, kind, reason) => {
    const r = match(recorded({ idNumber }), [anh, stranger]);
    expect(r).toMatchObject({ status: 'mismatch', registryId: anh.idNumber, reason });
    expect(r.differences).toEqual(['id_number']);
    expect(r.kinds).toEqual({ id_number: kind });
  });

  it('lists every differing field in report order, with its kind', () => {
    const r = match(
      recorded({
        fullName: 'Ánh Nguyễn Thị',
        dob: '1990-03-05',
        sex: 'M',
        idNumber: '079190012346',
      }),
      [anh],
    );
    expect(r.status).toBe('mismatch');
    expect(r.differences).toEqual(['id_number', 'full_name', 'dob', 'sex']);
    expect(r.kinds).toEqual({
      id_number: 'one-digit',
      full_name: 'order',
      dob: 'swapped',
      sex: 'other',
    });
  });

  it('matches an old 9-digit ID, or none, by name and date of birth and attaches the registry ID', () => {
    const old = match(recorded({ idNumber: '025123456', communeCode: '26734' }), [anh]);
    expect(old).toMatchObject({
      status: 'mismatch',
      registryId: anh.idNumber,
      reason: 'name-dob-place',
    });
    expect(old.kinds).toEqual({ id_number: 'old-id' });
    const none = match(recorded({ idNumber: undefined }), [anh]);
    expect(none).toMatchObject({ status: 'mismatch', reason: 'name-dob-place' });
    expect(none.differences).toEqual(['id_number']);
    expect(none.kinds).toEqual({ id_number: 'missing' });
  });

  it("matches a child with no ID by name, date of birth and the guardian's phone", () => {
    const child = { ...anh, idNumber: '079314000111', dob: '2014-02-09', fullName: 'Lê Gia Bảo' };
    const r = match(
      {
        ...recorded(),
        idNumber: undefined,
        fullName: 'Le Gia Bao',
        dob: '2014-09-02',
        sex: 'M',
        phone: '+84912345678',
      },
      [{ ...child, sex: 'M' }, anh],
    );
    expect(r).toMatchObject({
      status: 'mismatch',
      registryId: child.idNumber,
      reason: 'name-dob-phone',
    });
    expect(r.kinds).toEqual({ id_number: 'missing', full_name: 'diacritics', dob: 'swapped' });
  });
});

describe('matchPerson: twins and namesakes', () => {
  const twinA: RegistryPerson = {
    ...anh,
    idNumber: '079316000001',
    dob: '2016-08-14',
    fullName: 'Phạm Minh Anh',
  };
  const twinB: RegistryPerson = { ...twinA, idNumber: '079316000002', fullName: 'Phạm Minh Ánh' };
  const twinC: RegistryPerson = { ...twinA, idNumber: '079316000003', fullName: 'Phạm Minh Châu' };
  const child = (fullName: string): PlatformPerson =>
    recorded({ idNumber: undefined, fullName, dob: '2016-08-14', phone: anh.phone });

  it('tells twins apart by the given name', () => {
    expect(match(child('Phạm Minh Châu'), [twinA, twinC])).toMatchObject({
      status: 'mismatch',
      registryId: twinC.idNumber,
    });
    expect(match(child('Phạm Minh Ánh'), [twinA, twinB, twinC]).registryId).toBe(twinB.idNumber);
  });

  it('calls twins whose names differ only in diacritics ambiguous when typed without them', () => {
    const r = match(child('PHAM MINH ANH'), [twinB, twinA, twinC]);
    expect(r.status).toBe('ambiguous');
    expect(r.reason).toBe('close-runner-up');
    expect(
      r.candidates
        .map((c) => c.registryId)
        .slice(0, 2)
        .sort(),
    ).toEqual([twinA.idNumber, twinB.idNumber]);
    expect(r.registryId).toBe(r.candidates[0]!.registryId);
  });

  it('calls namesakes born the same day ambiguous when nothing else tells them apart', () => {
    const namesake = {
      ...anh,
      idNumber: '001190765432',
      provinceCode: '01',
      communeCode: '00007',
      phone: undefined,
    };
    const r = match(recorded({ idNumber: undefined, provinceCode: undefined }), [anh, namesake]);
    expect(r.status).toBe('ambiguous');
    // The site's province tells them apart.
    expect(match(recorded({ idNumber: undefined }), [anh, namesake]).registryId).toBe(anh.idNumber);
  });
});

describe('matchPerson: not found', () => {
  it('never verifies, nor assigns, someone the registry lacks', () => {
    const outsider = recorded({
      idNumber: '079190999999',
      fullName: 'Võ Thị Mai',
      dob: '1990-07-21',
    });
    const r = match(outsider, [anh, stranger]);
    expect(r).toMatchObject({ status: 'not-found', reason: 'low-score' });
    expect(r.registryId).toBeUndefined();
    expect(match(outsider, [])).toMatchObject({
      status: 'not-found',
      reason: 'no-candidate',
      candidates: [],
    });
  });

  it('does not take the holder of a recorded ID for the person when name and date of birth disagree', () => {
    // Same household (commune, phone), same sex and province: only name and date of birth differ.
    const relative = {
      ...stranger,
      sex: 'F' as const,
      provinceCode: '79',
      idNumber: '079190012346',
      communeCode: anh.communeCode,
      phone: anh.phone,
    };
    const p = recorded({
      idNumber: relative.idNumber,
      communeCode: anh.communeCode,
      phone: anh.phone,
    });
    // The registry lacks the person: not the relative, whatever the ID, commune and phone say.
    expect(match(p, [relative]).status).toBe('not-found');
    // The registry has her: the one-digit-off ID and her name find her.
    expect(match(p, [relative, anh])).toMatchObject({
      status: 'mismatch',
      registryId: anh.idNumber,
    });
  });

  it('assigns on exact name and date alone (the weakest evidence accepted), not on less', () => {
    const elsewhere = { ...anh, provinceCode: '01', communeCode: '00007', phone: undefined };
    const p = recorded({ idNumber: undefined });
    expect(match(p, [elsewhere])).toMatchObject({ status: 'mismatch', reason: 'name-dob' });
    // A 12-digit ID of someone else, a sex that differs, or the accents missing: not enough.
    for (const over of [
      { idNumber: '079190999999' },
      { sex: 'M' as const },
      { fullName: 'Nguyen Thi Anh' },
    ])
      expect(match({ ...p, ...over }, [elsewhere]).status).toBe('not-found');
  });
});

describe('matchPerson: results', () => {
  it('lists at most five candidates, best first, whatever order they come in', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...anh,
      idNumber: `07919001230${i}`,
      fullName: ['Nguyễn Thị Ánh', 'Nguyễn Thị Anh', 'Nguyễn Văn Ánh'][i % 3]!,
    }));
    const p = recorded({ idNumber: undefined });
    const r = match(p, many);
    expect(r.candidates).toHaveLength(5);
    const scores = r.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(match(p, [...many].reverse())).toEqual(r);
  });
});
