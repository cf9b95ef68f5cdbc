// How much one report may read. The reports add records up in the server's memory; past the
// limit the operator is asked for fewer days or one province, rather than the server (which also
// takes the pushes) running out of memory.

/**
 * The most rows of one kind (injections, check-ins, dose rows, flags) one report reads
 * (REPORT_MAX_RECORDS). A 1,000,000-record day of 20 sites (250,000 injections) takes the
 * progress report ~5 s and ~700 MB.
 */
export const REPORT_MAX_RECORDS = 300_000;

export class ReportTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the range holds more than ${limit} rows of one kind`);
  }
}

/** `rows`, read with `limit + 1` as their query's limit; refused when that many came back. */
export function withinLimit<T>(rows: T[], limit: number): T[] {
  if (rows.length > limit) throw new ReportTooLargeError(limit);
  return rows;
}
