// The site's vaccine stock as the injection table sees it: lots with what makes each unusable
// today, and the vials opened today, both from every tablet's injection records (voided ones left
// out: a dose recorded by mistake took nothing from a vial).
import type { LotView, StockService } from './contracts';
import { countedRecords } from '../domain/corrections';
import { lotProblem } from '../domain/injection-plan';
import type { InjectionRecord, VaxRecord } from '../domain/records';
import { isoWithOffset, localDateOf } from '../domain/time';
import { vaccineByCode } from '../domain/vaccines';
import { vialsOf } from '../domain/vials';
import type { RecordRepository } from '../data/record-repo';
import type { ReferenceRepository } from '../data/reference-repo';

const injectionsOf = (records: readonly VaxRecord[]): InjectionRecord[] =>
  countedRecords(records).filter((r): r is InjectionRecord => r.type === 'injection');

export function createStockService(deps: {
  records: RecordRepository;
  reference: ReferenceRepository;
  siteId(): string | undefined;
  now?: () => Date;
}): StockService {
  const now = deps.now ?? (() => new Date());
  return {
    async lots(): Promise<LotView[]> {
      const siteId = deps.siteId();
      const [lots, records] = await Promise.all([
        deps.reference.lots(),
        deps.records.injectionsWithCorrections(),
      ]);
      const used = new Map<string, number>();
      for (const r of injectionsOf(records)) {
        if (r.siteId === siteId) used.set(r.data.lot, (used.get(r.data.lot) ?? 0) + 1);
      }
      const today = localDateOf(isoWithOffset(now()));
      return lots
        .map((lot) => {
          const dosesUsed = used.get(lot.lot) ?? 0;
          const problem = lotProblem(lot, today, dosesUsed, (code) => !!vaccineByCode(code));
          return { ...lot, dosesUsed, problem };
        })
        .sort((a, b) => a.vaccine.localeCompare(b.vaccine) || a.expiry.localeCompare(b.expiry));
    },
    async vials() {
      const siteId = deps.siteId();
      if (siteId === undefined) return [];
      const today = localDateOf(isoWithOffset(now()));
      return vialsOf(injectionsOf(await deps.records.ofDay(siteId, today)));
    },
  };
}
