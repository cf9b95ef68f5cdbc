// What the observer marked on the release panel, as reactions for the record, and what still stops
// it from being saved (pure). A treatment's time is typed HH:MM and stored on the day of release,
// at the tablet's offset.
import {
  isSerious,
  reactionProblems,
  type BrightonLevel,
  type ReactionCode,
  type Severity,
  type TreatmentCode,
} from '../../../domain/observation';
import type { Reaction } from '../../../domain/records';
import { isoWithOffset } from '../../../domain/time';
import type { MessageKey } from '../../../i18n/i18n';
import { cleanText } from '../../../domain/build-records';

export interface ReactionMark {
  severity: Severity;
  brighton?: BrightonLevel;
}

export interface TreatmentDraft {
  actions: TreatmentCode[];
  note: string;
  /** HH:MM as typed. */
  time: string;
}

export type Marks = Partial<Record<ReactionCode, ReactionMark>>;
export type TreatmentDrafts = Partial<Record<ReactionCode, TreatmentDraft>>;

const HH_MM = /^([01]?\d|2[0-3])[:.hg]([0-5]\d)$/;

/** "HH:MM" of `now` at the tablet's offset: the default time of a treatment. */
export function clockNow(now: Date): string {
  return isoWithOffset(now).slice(11, 16);
}

/** The typed time on the day of `now` as an ISO time with offset, or null when unreadable. */
export function treatmentTime(text: string, now: Date): string | null {
  const match = HH_MM.exec(text.trim());
  if (match === null) return null;
  const iso = isoWithOffset(now);
  return `${iso.slice(0, 10)}T${match[1]!.padStart(2, '0')}:${match[2]}:00.000${iso.slice(23)}`;
}

export interface ReleaseDraft {
  reactions: Reaction[];
  problems: MessageKey[];
}

export function releaseDraft(marks: Marks, treatments: TreatmentDrafts, now: Date): ReleaseDraft {
  const reactions: Reaction[] = [];
  const problems = new Set<MessageKey>();
  for (const [code, mark] of Object.entries(marks) as [ReactionCode, ReactionMark | undefined][]) {
    if (mark === undefined) continue;
    const reaction: Reaction = { code, ...mark };
    const draft = treatments[code];
    if (isSerious(reaction) && draft !== undefined) {
      const at = treatmentTime(draft.time, now);
      if (at === null) problems.add('observation.treatmentTimeBad');
      const note = cleanText(draft.note);
      reaction.treatment = { actions: [...draft.actions], at: at ?? '' };
      if (note !== undefined) reaction.treatment.note = note;
    }
    const wrong = reactionProblems(reaction);
    if (wrong.includes('treatment-missing') || wrong.includes('treatment-empty')) {
      problems.add('observation.treatmentMissing');
    }
    reactions.push(reaction);
  }
  return { reactions, problems: [...problems] };
}
