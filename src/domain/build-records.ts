// Turns what a screener, nurse or observer confirmed into a record (pure, so it is unit-tested).
// The builders decide what the rules decide (outcome, contraindicated product, dose number), so a
// record can never say something the screen did not show.
import { newId } from './ids';
import type { DosePlan } from './injection-plan';
import type { PreviousDose } from './protocol';
import type {
  CorrectionRecord,
  InjectionData,
  InjectionRecord,
  ObservationData,
  ObservationRecord,
  ScreeningData,
  ScreeningRecord,
  VoidReason,
} from './records';
import { screeningOutcome, type Vitals } from './screening';
import { isoWithOffset } from './time';

/** Who records, where, for which visit, and when. */
export interface RecordContext {
  siteId: string;
  staffId: string;
  visitKey: string;
  now: Date;
}

const base = ({ siteId, staffId, visitKey, now }: RecordContext) => ({
  id: newId(),
  siteId,
  staffId,
  visitKey,
  occurredAt: isoWithOffset(now),
});

/** Text a person typed, tidied; undefined when nothing is left. */
export function cleanText(text: string | undefined): string | undefined {
  const clean = (text ?? '').normalize('NFC').trim();
  return clean === '' ? undefined : clean;
}

/** The product of the last earlier dose: the one an anaphylaxis to "the previous dose" was to. */
export function lastVaccine(previousDoses: readonly PreviousDose[]): string | undefined {
  return [...previousDoses].sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.vaccine;
}

export interface ScreeningInput extends RecordContext {
  answers: Record<string, boolean>;
  vitals: Vitals;
  decision: ScreeningData['decision'];
  consent: boolean;
  note?: string;
  previousDoses: readonly PreviousDose[];
}

export function buildScreening(input: ScreeningInput): ScreeningRecord {
  const { outcome } = screeningOutcome(input.answers, input.vitals);
  const avoidVaccine =
    input.answers.anaphylaxisCovidVaccine === true ? lastVaccine(input.previousDoses) : undefined;
  const note = cleanText(input.note);
  const data: ScreeningData = { answers: { ...input.answers }, outcome, decision: input.decision };
  if (Object.keys(input.vitals).length > 0) data.vitals = { ...input.vitals };
  if (input.decision === 'proceed') data.consent = input.consent;
  if (avoidVaccine !== undefined) data.avoidVaccine = avoidVaccine;
  if (note !== undefined) data.note = note;
  return { ...base(input), type: 'screening', data };
}

export interface InjectionInput extends RecordContext {
  lot: { lot: string; vaccine: string };
  plan: Pick<DosePlan, 'doseNumber' | 'doseKind' | 'warnings'>;
  arm: InjectionData['arm'];
  vial: { id: string; openedAt: string };
  overrideReason?: string;
}

export function buildInjection(input: InjectionInput): InjectionRecord {
  const reason = cleanText(input.overrideReason);
  const data: InjectionData = {
    vaccine: input.lot.vaccine,
    lot: input.lot.lot,
    doseNumber: input.plan.doseNumber,
    doseKind: input.plan.doseKind,
    arm: input.arm,
    vial: { id: input.vial.id, openedAt: input.vial.openedAt },
  };
  // An override only means something when there was a warning to override.
  if (input.plan.warnings.length > 0 && reason !== undefined) data.override = { reason };
  return { ...base(input), type: 'injection', data };
}

export interface ObservationInput extends RecordContext {
  reactions: ObservationData['reactions'];
  referred: boolean;
}

export function buildObservation(input: ObservationInput): ObservationRecord {
  const record = base(input);
  return {
    ...record,
    type: 'observation',
    data: {
      releasedAt: record.occurredAt,
      // Only the fields a reaction may have, whatever else the caller's objects carry.
      reactions: input.reactions.map(({ code, severity, brighton, treatment }) => ({
        code,
        severity,
        ...(brighton === undefined ? {} : { brighton }),
        ...(treatment === undefined ? {} : { treatment }),
      })),
      referred: input.referred,
    },
  };
}

export interface CorrectionInput extends RecordContext {
  targetId: string;
  changes: Record<string, unknown>;
  reason: string;
  /** A void (voids.ts): then `changes` is empty. */
  void?: VoidReason;
}

export function buildCorrection(input: CorrectionInput): CorrectionRecord {
  return {
    ...base(input),
    type: 'correction',
    data: {
      targetId: input.targetId,
      changes: { ...input.changes },
      reason: cleanText(input.reason) ?? '',
      ...(input.void !== undefined && { void: input.void }),
    },
  };
}
