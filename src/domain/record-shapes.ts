// The type-specific `data` shapes of screening, injection, observation and correction records
// (docs/architecture.md §3). Vitals ranges are what a thermometer or cuff can plausibly show, not
// what is normal: abnormal values are a screening outcome, impossible ones a typing error.
import { isCorrectablePath } from './correctable';
import { FieldReader, type Obj } from './field-reader';
import { uuidProblem } from './ids';
import { checkReaction } from './reaction-shape';
import type { InjectionData, ScreeningData } from './records';
import { vaccineCodeProblem } from './vaccines';
import { VOID_REASONS } from './voids';

const OUTCOMES: readonly ScreeningData['outcome'][] = [
  'eligible',
  'postpone',
  'contraindicated',
  'refer',
  'caution',
];
const DECISIONS: readonly ScreeningData['decision'][] = ['proceed', 'defer', 'refer'];
const DOSE_KINDS: readonly InjectionData['doseKind'][] = ['primary', 'booster', 'additional'];
const ARMS: readonly InjectionData['arm'][] = ['left', 'right'];

const vital = (name: string, min: number, max: number) => ({
  name,
  path: `data.vitals.${name}`,
  range: { min, max, optional: true },
});
const VITALS = [
  vital('temperatureC', 30, 45),
  vital('pulse', 20, 250),
  vital('systolic', 50, 280),
  vital('diastolic', 20, 180),
  vital('respiratoryRate', 4, 80),
];

export function checkScreeningData(r: FieldReader, data: Obj): void {
  const answers = r.object(data, 'answers', 'data.answers');
  for (const [item, answer] of Object.entries(answers ?? {})) {
    if (typeof answer !== 'boolean')
      r.fail(`data.answers.${item}`, 'type', 'Must be true or false');
  }
  const vitals = r.object(data, 'vitals', 'data.vitals', true);
  if (vitals !== undefined) {
    for (const { name, path, range } of VITALS) r.number(vitals, name, path, range);
  }
  r.oneOf(data, 'outcome', 'data.outcome', OUTCOMES);
  r.oneOf(data, 'decision', 'data.decision', DECISIONS);
  const consent = r.present(data, 'consent', 'data.consent', true);
  if (consent !== undefined && typeof consent !== 'boolean') {
    r.fail('data.consent', 'type', 'Must be true or false');
  }
  r.string(data, 'avoidVaccine', 'data.avoidVaccine', { max: 64, optional: true });
  r.string(data, 'note', 'data.note', { optional: true });
}

export function checkInjectionData(r: FieldReader, data: Obj): void {
  r.checked(data, 'vaccine', 'data.vaccine', vaccineCodeProblem);
  r.string(data, 'lot', 'data.lot', { max: 64 });
  r.number(data, 'doseNumber', 'data.doseNumber', { min: 1, max: 10, integer: true });
  r.oneOf(data, 'doseKind', 'data.doseKind', DOSE_KINDS);
  r.oneOf(data, 'arm', 'data.arm', ARMS);
  const override = r.object(data, 'override', 'data.override', true);
  // The reason must say something: blank or whitespace-only is refused as `required`.
  if (override !== undefined) r.string(override, 'reason', 'data.override.reason');
  const vial = r.object(data, 'vial', 'data.vial', true);
  if (vial !== undefined) {
    r.checked(vial, 'id', 'data.vial.id', uuidProblem);
    r.timestamp(vial, 'openedAt', 'data.vial.openedAt');
  }
}

export function checkObservationData(r: FieldReader, data: Obj): void {
  r.timestamp(data, 'releasedAt', 'data.releasedAt');
  const reactions = r.present(data, 'reactions', 'data.reactions', false);
  if (reactions !== undefined && !Array.isArray(reactions))
    r.fail('data.reactions', 'type', 'Must be an array');
  if (Array.isArray(reactions)) {
    reactions.forEach((reaction: unknown, i) => checkReaction(r, reaction, `data.reactions.${i}`));
  }
  r.boolean(data, 'referred', 'data.referred');
}

export function checkCorrectionData(r: FieldReader, data: Obj): void {
  r.checked(data, 'targetId', 'data.targetId', uuidProblem);
  const changes = r.object(data, 'changes', 'data.changes');
  // A path no record may have corrected is refused on arrival, target or not (a correction that
  // waits for its target must already be one that could apply).
  for (const path of Object.keys(changes ?? {})) {
    if (!isCorrectablePath(path)) {
      r.fail(`data.changes.${path}`, 'not-correctable', `No record's ${path} can be corrected`);
    }
  }
  // Checked here, not only when the correction is applied: a correction may arrive before its
  // target, and an unknown vaccine must be refused on arrival all the same.
  if (changes !== undefined && Object.hasOwn(changes, 'data.vaccine')) {
    r.checked(changes, 'data.vaccine', 'data.changes.data.vaccine', vaccineCodeProblem);
  }
  r.string(data, 'reason', 'data.reason');
  // A void changes nothing: it says why the record no longer counts (voids.ts).
  const voids = r.oneOf(data, 'void', 'data.void', VOID_REASONS, true);
  if (voids !== undefined && changes !== undefined && Object.keys(changes).length > 0) {
    r.fail('data.changes', 'void-with-changes', 'A void cannot also change the record');
  }
}
