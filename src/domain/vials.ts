// Opened vials, derived from the injection records that name them, so the tablet's countdown and
// the server's end-of-day figures come from the same facts. A vial is opened with its first dose;
// what is left in it is wasted only once the vial has expired (a vial still good until
// 13:47 is not waste at 12:00).
import type { InjectionRecord } from './records';
import { vaccineByCode } from './vaccines';

export interface VialState {
  id: string;
  lot: string;
  vaccine: string;
  openedAt: string;
  dosesPerVial: number;
  dosesUsed: number;
  remaining: number;
  /** When the opened vial must be discarded (epoch ms). */
  expiresAtMs: number;
}

export function vialsOf(injections: readonly InjectionRecord[]): VialState[] {
  const vials = new Map<string, VialState>();
  for (const { data } of injections) {
    if (data.vial === undefined) continue;
    const product = vaccineByCode(data.vaccine);
    const dosesPerVial = product?.dosesPerVial ?? 1;
    const vial = vials.get(data.vial.id) ?? {
      id: data.vial.id,
      lot: data.lot,
      vaccine: data.vaccine,
      openedAt: data.vial.openedAt,
      dosesPerVial,
      dosesUsed: 0,
      remaining: dosesPerVial,
      expiresAtMs: Date.parse(data.vial.openedAt) + (product?.openedVialHours ?? 1) * 3_600_000,
    };
    vial.dosesUsed += 1;
    vial.remaining = Math.max(0, vial.dosesPerVial - vial.dosesUsed);
    vials.set(vial.id, vial);
  }
  return [...vials.values()].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}

export function vialUsable(vial: VialState, nowMs: number): boolean {
  return vial.remaining > 0 && nowMs < vial.expiresAtMs;
}

/** The open vial of this lot a nurse should draw the next dose from, if any. */
export function currentVial(
  vials: readonly VialState[],
  lot: string,
  nowMs: number,
): VialState | undefined {
  return vials.find((v) => v.lot === lot && vialUsable(v, nowMs));
}

export interface LotUse {
  lot: string;
  vaccine: string;
  vialsOpened: number;
  dosesUsed: number;
  /** Doses left in opened vials that are still usable at the clock's time. */
  dosesOpen: number;
  /** When the last of those vials expires (epoch ms); null when none is usable. */
  openUntilMs: number | null;
  /** Doses left in opened vials that have expired by the clock's time. */
  dosesWasted: number;
}

/** Each lot's vials and doses at `nowMs`: left doses are open until their vial expires, then waste. */
export function lotUse(vials: readonly VialState[], nowMs: number): LotUse[] {
  const byLot = new Map<string, LotUse>();
  for (const v of vials) {
    const use = byLot.get(v.lot) ?? {
      lot: v.lot,
      vaccine: v.vaccine,
      vialsOpened: 0,
      dosesUsed: 0,
      dosesOpen: 0,
      openUntilMs: null,
      dosesWasted: 0,
    };
    use.vialsOpened += 1;
    use.dosesUsed += v.dosesUsed;
    if (vialUsable(v, nowMs)) {
      use.dosesOpen += v.remaining;
      use.openUntilMs = Math.max(use.openUntilMs ?? 0, v.expiresAtMs);
    } else use.dosesWasted += v.remaining;
    byLot.set(v.lot, use);
  }
  return [...byLot.values()].sort((a, b) => a.lot.localeCompare(b.lot));
}
