// How long a drill-down list may be. The counts are made by the database and have no limit; a
// list of records is read into the server and drawn as one page, so past the limit the operator
// is asked for fewer days or one province instead.

export class ReportTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the list holds more than ${limit} records`);
  }
}

/** `rows`, read with `limit + 1` as their query's limit; refused when that many came back. */
export function withinLimit<T>(rows: T[], limit: number): T[] {
  if (rows.length > limit) throw new ReportTooLargeError(limit);
  return rows;
}
