import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/domain/validate-record';
import { samples } from '../../support/records';

/** The checking clock: the samples' own morning. */
const NOW = new Date(samples.AT);

type Json = Record<string, unknown>;
const errorsOf = (input: unknown) => {
  const result = validateRecord(input, NOW);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};
const flagsOf = (input: unknown) => {
  const result = validateRecord(input, NOW);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.flags.map((f) => `${f.field}:${f.code}`);
};
/** A copy of `record` with the value at a dotted path replaced (or removed when undefined). */
function withField(record: Json, path: string, value: unknown): Json {
  const copy = structuredClone(record);
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = copy;
  for (const k of keys) target = target[k] as Json;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('validateRecord: valid records', () => {
  it.each(['checkin', 'screening', 'injection', 'observation', 'correction'] as const)(
    'accepts a %s',
    (type) => {
      const record = samples[type]();
      const result = validateRecord(record, NOW);
      expect(result).toEqual({ ok: true, record, flags: [] });
      if (result.ok) expect(result.record).toBe(record);
    },
  );

  it('keeps extra fields', () => {
    const record = {
      ...samples.injection(),
      deviceId: 'tab-3',
      data: { ...samples.injection().data, site: 'deltoid' },
    };
    const result = validateRecord(record, NOW);
    expect(result.ok && result.record).toBe(record);
  });

  it('accepts a minor with a guardian and no ID, and optional fields left out', () => {
    expect(flagsOf(samples.minorCheckin())).toEqual([]);
    expect(flagsOf(withField(samples.screening(), 'data.vitals', undefined))).toEqual([]);
    expect(flagsOf(withField(samples.screening(), 'data.vitals', { pulse: 70 }))).toEqual([]);
    expect(flagsOf(withField(samples.observation(), 'data.reactions', []))).toEqual([]);
    expect(
      flagsOf({
        ...samples.injection(),
        data: { ...samples.injection().data, override: { reason: 'Đi công tác' } },
      }),
    ).toEqual([]);
  });

  it('accepts a 9-digit old ID and a provisional UUID visit key', () => {
    const old = withField(samples.checkin(), 'data.citizen.id', '023456789');
    expect(flagsOf(withField(old, 'visitKey', `${samples.SITE}:${samples.DAY}:023456789`))).toEqual(
      [],
    );
  });
});

describe('validateRecord: flags', () => {
  it('flags ID/DOB/sex disagreements but accepts the record', () => {
    expect(flagsOf(withField(samples.checkin(), 'data.citizen.dob', '1991-05-01'))).toEqual([
      'data.citizen.id:id-birthyear-mismatch',
    ]);
    expect(flagsOf(withField(samples.checkin(), 'data.citizen.sex', 'M'))).toEqual([
      'data.citizen.id:id-sex-mismatch',
    ]);
    expect(flagsOf(withField(samples.checkin(), 'data.citizen.id', '079390123456'))).toEqual([
      'data.citizen.id:id-century-mismatch',
    ]);
  });

  it('flags a minor without a guardian, judged on the visit date', () => {
    const noGuardian = withField(samples.minorCheckin(), 'data.citizen.guardian', undefined);
    expect(flagsOf(noGuardian)).toEqual(['data.citizen.guardian:minor-without-guardian']);
    const eve = withField(noGuardian, 'data.citizen.dob', '2008-11-24');
    expect(flagsOf(eve)).toEqual(['data.citizen.guardian:minor-without-guardian']);
    const birthday = withField(noGuardian, 'data.citizen.dob', '2008-11-23');
    expect(flagsOf(birthday)).toEqual(['data.citizen.id:missing-id']);
  });

  it('flags an adult without an ID', () => {
    expect(flagsOf(withField(samples.checkin(), 'data.citizen.id', undefined))).toEqual([
      'data.citizen.id:missing-id',
    ]);
  });
});

describe('validateRecord: base fields', () => {
  it.each([
    ['id', undefined, 'id:required'],
    ['id', 'abc', 'id:format'],
    ['id', 42, 'id:type'],
    ['type', 'vaccination', 'type:enum'],
    ['type', undefined, 'type:required'],
    ['siteId', '', 'siteId:required'],
    ['siteId', 'x'.repeat(65), 'siteId:format'],
    ['staffId', null, 'staffId:required'],
    ['staffId', ['a'], 'staffId:type'],
    ['visitKey', 'demo-site:2026-11-23', 'visitKey:format'],
    ['visitKey', `other-site:2026-11-23:${samples.ADULT_ID}`, 'visitKey:site-mismatch'],
    ['occurredAt', '2026-11-23T09:15:02', 'occurredAt:format'],
    ['occurredAt', 1763864102000, 'occurredAt:type'],
    ['data', 'x', 'data:type'],
    ['data', [], 'data:type'],
    ['data', undefined, 'data:required'],
  ])('%s = %j → %s', (field, value, expected) => {
    expect(errorsOf(withField(samples.checkin(), field, value))).toEqual([expected]);
  });

  it('lists every problem at once', () => {
    expect(errorsOf({ type: 'checkin' })).toEqual([
      'id:required',
      'siteId:required',
      'staffId:required',
      'visitKey:required',
      'occurredAt:required',
      'data:required',
    ]);
  });
});

const CERTIFIED = { date: '2021-10-01', vaccine: 'AZ', doseNumber: 2 };

describe('validateRecord: type-specific data', () => {
  it('accepts the doses a verified certificate stated at a check-in', () => {
    expect(errorsOf(withField(samples.checkin(), 'data.priorDoses', [CERTIFIED]))).toEqual([]);
  });

  type Sample = Exclude<keyof typeof samples, 'SITE' | 'DAY' | 'AT' | 'ADULT_ID'>;
  const cases: [Sample, string, unknown, string][] = [
    ['checkin', 'data.method', 'fax', 'data.method:enum'],
    ['checkin', 'data.citizen', undefined, 'data.citizen:required'],
    ['checkin', 'data.citizen.fullName', '', 'data.citizen.fullName:required'],
    ['checkin', 'data.citizen.fullName', 'N'.repeat(201), 'data.citizen.fullName:too-long'],
    ['checkin', 'data.citizen.dob', '01/05/1990', 'data.citizen.dob:format'],
    ['checkin', 'data.citizen.dob', '1990-02-30', 'data.citizen.dob:not-a-date'],
    ['checkin', 'data.citizen.dob', '1899-12-31', 'data.citizen.dob:year-range'],
    ['checkin', 'data.citizen.sex', 'Nữ', 'data.citizen.sex:enum'],
    ['checkin', 'data.citizen.id', '07919012345', 'data.citizen.id:format'],
    ['checkin', 'data.citizen.id', '003190123456', 'data.citizen.id:province'],
    ['checkin', 'data.citizen.id', '079590123456', 'data.citizen.id:century'],
    ['checkin', 'data.citizen.id', 79190123456, 'data.citizen.id:type'],
    ['checkin', 'data.citizen.phone', '0212345678', 'data.citizen.phone:format'],
    ['checkin', 'data.citizen.guardian', 'mẹ', 'data.citizen.guardian:type'],
    // Doses stated by a certificate verified at the desk (issue 20).
    ['checkin', 'data.priorDoses', 'AZ', 'data.priorDoses:type'],
    ['checkin', 'data.priorDoses', Array(10).fill(CERTIFIED), 'data.priorDoses:too-long'],
    ['checkin', 'data.priorDoses', [null], 'data.priorDoses.0:type'],
    [
      'checkin',
      'data.priorDoses',
      [{ ...CERTIFIED, doseNumber: 10 }],
      'data.priorDoses.0.doseNumber:range',
    ],
    [
      'checkin',
      'data.priorDoses',
      [{ ...CERTIFIED, date: '01/10/2021' }],
      'data.priorDoses.0.date:format',
    ],
    [
      'checkin',
      'data.priorDoses',
      [{ ...CERTIFIED, vaccine: '' }],
      'data.priorDoses.0.vaccine:required',
    ],
    ['minorCheckin', 'data.citizen.guardian.phone', '123', 'data.citizen.guardian.phone:format'],
    [
      'minorCheckin',
      'data.citizen.guardian.name',
      undefined,
      'data.citizen.guardian.name:required',
    ],
    ['screening', 'data.answers', undefined, 'data.answers:required'],
    ['screening', 'data.answers.acuteIllness', 'no', 'data.answers.acuteIllness:type'],
    ['screening', 'data.vitals.temperatureC', 98.6, 'data.vitals.temperatureC:range'],
    ['screening', 'data.vitals.pulse', '80', 'data.vitals.pulse:type'],
    ['screening', 'data.vitals.systolic', Number.NaN, 'data.vitals.systolic:type'],
    ['screening', 'data.outcome', 'ok', 'data.outcome:enum'],
    ['screening', 'data.decision', undefined, 'data.decision:required'],
    ['injection', 'data.vaccine', '', 'data.vaccine:required'],
    ['injection', 'data.lot', undefined, 'data.lot:required'],
    ['injection', 'data.doseNumber', 0, 'data.doseNumber:range'],
    ['injection', 'data.doseNumber', 11, 'data.doseNumber:range'],
    ['injection', 'data.doseNumber', 1.5, 'data.doseNumber:type'],
    ['injection', 'data.doseNumber', '2', 'data.doseNumber:type'],
    ['injection', 'data.doseKind', 'third', 'data.doseKind:enum'],
    ['injection', 'data.arm', 'leg', 'data.arm:enum'],
    ['injection', 'data.override', { reason: ' ' }, 'data.override.reason:required'],
    ['observation', 'data.releasedAt', 'soon', 'data.releasedAt:format'],
    ['observation', 'data.reactions', {}, 'data.reactions:type'],
    ['observation', 'data.reactions', ['fever'], 'data.reactions.0:type'],
    [
      'observation',
      'data.reactions',
      [{ code: 'fever', severity: 'bad' }],
      'data.reactions.0.severity:enum',
    ],
    ['observation', 'data.referred', 'no', 'data.referred:type'],
    ['correction', 'data.targetId', 'abc', 'data.targetId:format'],
    ['correction', 'data.changes', 'x', 'data.changes:type'],
    ['correction', 'data.reason', '', 'data.reason:required'],
  ];

  it.each(cases)('%s %s = %j → %s', (type, path, value, expected) => {
    expect(errorsOf(withField(samples[type](), path, value))).toEqual([expected]);
  });

  it('rejects a date of birth after the visit', () => {
    expect(errorsOf(withField(samples.checkin(), 'data.citizen.dob', '2026-11-24'))).toEqual([
      'data.citizen.dob:range',
    ]);
  });
});

describe('validateRecord: optional screening and injection fields', () => {
  const VIAL_ID = '01a208cd-7ed8-7133-b4e2-0000000001f5';
  const withData = (record: Json, extra: Json): Json => ({
    ...record,
    data: { ...(record.data as Json), ...extra },
  });
  const screeningWith = (extra: Json) => withData(samples.screening(), extra);
  const injectionWith = (extra: Json) => withData(samples.injection(), extra);

  it('accepts consent, a vaccine to avoid and a vial when well formed', () => {
    expect(flagsOf(screeningWith({ consent: true }))).toEqual([]);
    expect(flagsOf(screeningWith({ consent: false, avoidVaccine: 'AZ' }))).toEqual([]);
    expect(flagsOf(screeningWith({ avoidVaccine: 'x'.repeat(64) }))).toEqual([]);
    expect(
      flagsOf(injectionWith({ vial: { id: VIAL_ID, openedAt: '2026-11-23T08:00:00+07:00' } })),
    ).toEqual([]);
    expect(
      flagsOf(injectionWith({ vial: { id: VIAL_ID, openedAt: '2026-11-23T01:00:00.000Z' } })),
    ).toEqual([]);
  });

  it('treats the new fields as optional (older records have none)', () => {
    expect(flagsOf(screeningWith({ consent: null, avoidVaccine: null }))).toEqual([]);
    expect(flagsOf(injectionWith({ vial: null }))).toEqual([]);
  });

  it.each([
    ['consent', 'yes', 'data.consent:type'],
    ['consent', 1, 'data.consent:type'],
    ['consent', 'true', 'data.consent:type'],
    ['avoidVaccine', '', 'data.avoidVaccine:required'],
    ['avoidVaccine', '  ', 'data.avoidVaccine:required'],
    ['avoidVaccine', 'x'.repeat(65), 'data.avoidVaccine:too-long'],
    ['avoidVaccine', ['AZ'], 'data.avoidVaccine:type'],
  ])('screening %s = %j → %s', (key, value, expected) => {
    expect(errorsOf(screeningWith({ [key]: value }))).toEqual([expected]);
  });

  it.each([
    [{ vial: 'vial-1' }, ['data.vial:type']],
    [{ vial: [VIAL_ID] }, ['data.vial:type']],
    [{ vial: {} }, ['data.vial.id:required', 'data.vial.openedAt:required']],
    [{ vial: { id: 'vial-1', openedAt: '2026-11-23T08:00:00+07:00' } }, ['data.vial.id:format']],
    [{ vial: { id: 42, openedAt: '2026-11-23T08:00:00+07:00' } }, ['data.vial.id:type']],
    [{ vial: { id: VIAL_ID, openedAt: '2026-11-23T08:00:00' } }, ['data.vial.openedAt:format']],
    [{ vial: { id: VIAL_ID, openedAt: '2026-11-23' } }, ['data.vial.openedAt:format']],
    [{ vial: { id: VIAL_ID, openedAt: 1763859600000 } }, ['data.vial.openedAt:type']],
    [{ vial: { id: VIAL_ID } }, ['data.vial.openedAt:required']],
    [{ override: { reason: '' } }, ['data.override.reason:required']],
    [{ override: { reason: ' \t\n ' } }, ['data.override.reason:required']],
    [{ override: {} }, ['data.override.reason:required']],
    [{ override: { reason: 7 } }, ['data.override.reason:type']],
    [{ override: 'Đi công tác' }, ['data.override:type']],
  ])('injection %j → %j', (extra, expected) => {
    expect(errorsOf(injectionWith(extra))).toEqual(expected);
  });

  it('accepts an override with a reason that has surrounding spaces', () => {
    expect(flagsOf(injectionWith({ override: { reason: '  Đi công tác xa  ' } }))).toEqual([]);
  });
});

describe('validateRecord: hostile input', () => {
  it.each([
    null,
    undefined,
    0,
    42,
    'checkin',
    true,
    [],
    [samples.checkin()],
    () => 1,
    Symbol('x'),
    new Date(),
  ])('rejects %s without throwing', (input) => expect(validateRecord(input, NOW).ok).toBe(false));

  it('rejects huge strings anywhere, naming the field', () => {
    const big = 'x'.repeat(2001);
    expect(errorsOf(withField(samples.checkin(), 'data.citizen.address', big))).toEqual([
      'data.citizen.address:too-long',
    ]);
    expect(errorsOf({ ...samples.screening(), extra: { deep: [big] } })).toEqual([
      'extra.deep.0:too-long',
    ]);
    expect(errorsOf({ ...samples.screening(), id: 'x'.repeat(10_000_000) })).toEqual([
      'id:too-long',
    ]);
    expect(
      errorsOf(withField(samples.checkin(), 'data.citizen.address', 'x'.repeat(2000))),
    ).toEqual([]);
  });

  it('rejects NUL characters in any value or key (PostgreSQL cannot store them)', () => {
    expect(errorsOf(withField(samples.checkin(), 'staffId', 'N\u00001'))).toEqual(['staffId:nul']);
    expect(errorsOf({ ...samples.screening(), extra: { 'a\u0000': 1 } })).toEqual(['extra:nul']);
  });

  it('rejects unpaired surrogates in any value or key, and keeps paired ones (emoji)', () => {
    const checkin = samples.checkin();
    expect(errorsOf(withField(checkin, 'data.registrationId', 'R\ud800'))).toEqual([
      'data.registrationId:not-unicode',
    ]);
    expect(errorsOf(withField(checkin, 'data.citizen.address', '\udc00 Lê Lợi'))).toEqual([
      'data.citizen.address:not-unicode',
    ]);
    expect(errorsOf({ ...samples.screening(), extra: { 'a\ud83d': 1 } })).toEqual([
      'extra:not-unicode',
    ]);
    expect(errorsOf(withField(checkin, 'data.citizen.address', 'Số 5 💉 Lê Lợi'))).toEqual([]);
  });

  it('rejects very deep objects without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    expect(errorsOf({ ...samples.correction(), data: deep })[0]).toMatch(/too-deep$/);
    let deepArray: unknown = [];
    for (let i = 0; i < 200_000; i++) deepArray = [deepArray];
    expect(errorsOf(withField(samples.correction(), 'data.changes', { x: deepArray }))[0]).toMatch(
      /too-deep$/,
    );
  });

  it('caps the errors reported for a record with thousands of bad strings', () => {
    const errors = errorsOf({
      ...samples.checkin(),
      junk: Array.from({ length: 5000 }, () => 'y'.repeat(2001)),
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(20);
  });

  it('is not fooled by prototype keys or inherited properties', () => {
    const parsed: unknown = JSON.parse(
      JSON.stringify(samples.checkin()).replace(
        '"type":"checkin"',
        '"__proto__":{"type":"checkin"}',
      ),
    );
    expect(errorsOf(parsed)).toEqual(['type:required']);
    const inherited = Object.create(samples.injection()) as object;
    expect(errorsOf(inherited)).toContain('id:required');
    expect(errorsOf({ ...samples.checkin(), type: 'constructor' })).toEqual(['type:enum']);
    expect(
      errorsOf({
        ...samples.screening(),
        data: { ...samples.screening().data, outcome: 'toString' },
      }),
    ).toEqual(['data.outcome:enum']);
  });

  it('survives a proxy that throws on every read', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateRecord(trap, NOW)).toEqual({
      ok: false,
      errors: [{ field: '', code: 'type', message: 'Unreadable record' }],
    });
  });

  it('survives random mutations of valid records', () => {
    const junk = [
      null,
      0,
      -1,
      1e308,
      '',
      ' ',
      'x',
      [],
      {},
      [[]],
      true,
      '2026-11-23',
      { reason: '' },
    ];
    const makers: (() => Json)[] = [
      samples.checkin,
      samples.minorCheckin,
      samples.screening,
      samples.injection,
      samples.observation,
      samples.correction,
    ];
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[seed % list.length] as T;
    };
    for (let i = 0; i < 2000; i++) {
      const record: Json = pick(makers)();
      const inData = pick([true, false]);
      const target = inData ? (record.data as Json) : record;
      target[pick(Object.keys(target))] = pick(junk);
      expect(() => validateRecord(record, NOW)).not.toThrow();
    }
  });
});

describe('validateRecord: one spelling per identifier (docs/architecture.md §10)', () => {
  const ID = '01a208cd-7ed8-7133-b4e2-3a1c21ebde66';

  it.each([
    ['id', ID.toUpperCase()],
    ['id', `{${ID}}`],
    ['id', `urn:uuid:${ID}`],
    ['id', ID.replaceAll('-', '')],
    ['siteId', 'ｄｅｍｏ-site'],
    ['staffId', ' staff-nurse-1'],
    ['visitKey', `demo-site:2026-11-23:${ID.toUpperCase()}`],
    ['visitKey', 'demo-site:2026-11-23:079 190 123 456'],
    ['data.registrationId', '01A208CD-7ED8-7133-B4E2-000000000001'],
    ['data.citizen.id', '０７９１９０１２３４５６'],
  ])('refuses %s = %j as not-canonical', (path, value) => {
    const record = path.startsWith('data.') ? samples.checkin() : samples.injection();
    expect(errorsOf(withField(record, path, value))).toEqual([`${path}:not-canonical`]);
  });

  it('refuses a correction target and a vial spelt in upper case', () => {
    const correction = withField(samples.correction(), 'data.targetId', ID.toUpperCase());
    expect(errorsOf(correction)).toEqual(['data.targetId:not-canonical']);
    const vial = { id: ID.toUpperCase(), openedAt: '2026-11-23T09:00:00.000+07:00' };
    expect(errorsOf(withField(samples.injection(), 'data.vial', vial))).toEqual([
      'data.vial.id:not-canonical',
    ]);
  });

  it('refuses a registration id that is no UUID', () => {
    expect(errorsOf(withField(samples.checkin(), 'data.registrationId', 'reg-1'))).toEqual([
      'data.registrationId:format',
    ]);
  });
});

describe('validateRecord: vaccines come from the table', () => {
  it.each([
    ['comirnaty', 'unknown-vaccine'],
    ['Made-up Vax', 'unknown-vaccine'],
    ['pf', 'not-canonical'],
  ])('refuses an injection of %j (%s)', (vaccine, code) => {
    expect(errorsOf(withField(samples.injection(), 'data.vaccine', vaccine))).toEqual([
      `data.vaccine:${code}`,
    ]);
  });

  it('refuses a correction that would set an unknown vaccine, even before its target is known', () => {
    const correction = withField(samples.correction(), 'data.changes', { 'data.vaccine': 'XX' });
    expect(errorsOf(correction)).toEqual(['data.changes.data.vaccine:unknown-vaccine']);
    const known = withField(samples.correction(), 'data.changes', { 'data.vaccine': 'AZ' });
    expect(errorsOf(known)).toEqual([]);
  });
});
