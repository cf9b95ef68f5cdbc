// Duplicate doses (DESIGN §1: "the same dose was entered twice by two sites"): one citizen with
// two injections of the same dose number, or two injections on the same day. Both records of a
// pair are affected; which one is wrong is for the sites to find out.

export interface DoseRow {
  record_id: string;
  citizen_id: string;
  date: string;
  dose_number: number;
}

export type DuplicateReason = 'same-dose-number' | 'same-day';

/** Affected record ids with the reasons found, from every dose row of the citizens concerned. */
export function duplicateDoses(rows: readonly DoseRow[]): Map<string, Set<DuplicateReason>> {
  const byCitizen = new Map<string, DoseRow[]>();
  for (const r of rows) {
    const list = byCitizen.get(r.citizen_id) ?? [];
    list.push(r);
    byCitizen.set(r.citizen_id, list);
  }
  const found = new Map<string, Set<DuplicateReason>>();
  const mark = (id: string, reason: DuplicateReason) => {
    const reasons = found.get(id) ?? new Set<DuplicateReason>();
    reasons.add(reason);
    found.set(id, reasons);
  };
  for (const doses of byCitizen.values()) {
    for (let i = 0; i < doses.length; i++) {
      for (let j = i + 1; j < doses.length; j++) {
        const a = doses[i]!;
        const b = doses[j]!;
        if (a.record_id === b.record_id) continue;
        for (const [same, reason] of [
          [a.dose_number === b.dose_number, 'same-dose-number'],
          [a.date === b.date, 'same-day'],
        ] as const) {
          if (!same) continue;
          mark(a.record_id, reason);
          mark(b.record_id, reason);
        }
      }
    }
  }
  return found;
}
