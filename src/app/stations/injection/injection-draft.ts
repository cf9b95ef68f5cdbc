// The injection table's choices so far, the vial the dose comes from, and what still stops the
// dose from being recorded (pure).
import type { DosePlan } from '../../../domain/injection-plan';
import type { InjectionData } from '../../../domain/records';
import { vaccineByCode } from '../../../domain/vaccines';
import { currentVial, type VialState } from '../../../domain/vials';
import type { LotView } from '../../../services/contracts';
import type { Problem } from '../shared/problem';

/** A vial opened on this tablet whose first dose is not saved yet. */
export interface PendingVial {
  lot: string;
  id: string;
  openedAt: string;
}

export type VialInUse =
  | { kind: 'open'; vial: VialState }
  | { kind: 'pending'; vial: PendingVial; dosesPerVial: number; expiresAtMs: number }
  | { kind: 'none' };

export function vialInUse(
  lot: Pick<LotView, 'lot' | 'vaccine'>,
  vials: readonly VialState[],
  pending: PendingVial | null,
  nowMs: number,
): VialInUse {
  const product = vaccineByCode(lot.vaccine);
  if (pending !== null && pending.lot === lot.lot) {
    const expiresAtMs = Date.parse(pending.openedAt) + (product?.openedVialHours ?? 1) * 3_600_000;
    if (nowMs < expiresAtMs) {
      return {
        kind: 'pending',
        vial: pending,
        dosesPerVial: product?.dosesPerVial ?? 1,
        expiresAtMs,
      };
    }
  }
  const open = currentVial(vials, lot.lot, nowMs);
  return open ? { kind: 'open', vial: open } : { kind: 'none' };
}

export interface InjectionDraft {
  lot: LotView | undefined;
  vial: VialInUse;
  plan: DosePlan | undefined;
  overrideReason: string;
  arm: InjectionData['arm'] | null;
}

export function injectionProblems(d: InjectionDraft): Problem[] {
  if (d.lot === undefined) return [{ key: 'injection.lotMissing' }];
  if (d.lot.problem !== null) {
    return [{ key: 'injection.lotUnusable', params: { lot: d.lot.lot } }];
  }
  const problems: Problem[] = [];
  if (d.vial.kind === 'none') problems.push({ key: 'injection.vialMissing' });
  if ((d.plan?.warnings.length ?? 0) > 0 && d.overrideReason.trim() === '') {
    problems.push({ key: 'injection.overrideMissing' });
  }
  if (d.arm === null) problems.push({ key: 'injection.armMissing' });
  return problems;
}

/** Lots a nurse should reach for first: usable ones, the earliest expiry first. */
export function sortLots(lots: readonly LotView[]): LotView[] {
  return [...lots].sort(
    (a, b) =>
      Number(a.problem !== null) - Number(b.problem !== null) ||
      a.expiry.localeCompare(b.expiry) ||
      a.lot.localeCompare(b.lot),
  );
}
