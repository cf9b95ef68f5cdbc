// A citizen's doses and certificate status, derived from injection records
// (docs/architecture.md §1): one dose of a series is yellow, a complete primary series (or any
// booster) is green. The server derives it across every site; the tablet uses the same rules for
// what it recorded itself.
import { highestDoseNumber } from './dose-due';
import { isIdNumber } from './citizen-id';
import type { CertificateStatus, PreviousDose } from './protocol';
import type { CheckinRecord, InjectionRecord, PriorDose, VaxRecord } from './records';
import { localDateOf } from './time';
import { vaccineByCode } from './vaccines';
import { parseVisitKey } from './visit-key';
import { withoutVoided } from './voids';

/** The ID number a visit is about: its key's, else the one its check-in recorded, if any. */
export function citizenIdOfVisit(visitKey: string, checkin?: CheckinRecord): string | undefined {
  const key = parseVisitKey(visitKey)?.citizenKey;
  if (key !== undefined && isIdNumber(key)) return key;
  const id = checkin?.data.citizen.id;
  return id !== undefined && isIdNumber(id) ? id : undefined;
}

export function doseOf(injection: InjectionRecord): PreviousDose {
  return {
    date: localDateOf(injection.occurredAt),
    vaccine: injection.data.vaccine,
    doseNumber: injection.data.doseNumber,
    recordId: injection.id,
  };
}

/**
 * The doses a certificate verified at the desk stated at these check-ins (voided ones left out).
 * They count in the citizen's history beside the platform's own doses, merged by mergeDoses, so a
 * certificate restating a dose the platform gave counts it once.
 */
export function certifiedDoses(records: readonly VaxRecord[]): PriorDose[] {
  return withoutVoided(records).flatMap((r) =>
    r.type === 'checkin' ? (r.data.priorDoses ?? []) : [],
  );
}

export function certificateStatus(
  doses: readonly Pick<PreviousDose, 'date' | 'vaccine' | 'doseNumber'>[],
): CertificateStatus {
  if (doses.length === 0) return 'none';
  const sorted = [...doses].sort((a, b) => a.date.localeCompare(b.date));
  const series = vaccineByCode(sorted[0]!.vaccine);
  // A dose entered twice (two sites typing the same dose 1) must not complete a series: count
  // distinct dose numbers; a dose stated as the second (a certificate's only dose) says that two
  // were given. Unknown products count as two-dose series, as in dose-due.ts.
  const distinct = new Set(sorted.map((d) => d.doseNumber)).size;
  return Math.max(distinct, highestDoseNumber(sorted)) >= (series?.seriesLength ?? 2)
    ? 'green'
    : 'yellow';
}
