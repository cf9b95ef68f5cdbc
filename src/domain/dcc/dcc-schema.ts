// The EU DCC JSON schema (ehn-dcc-development/eu-dcc-schema, releases 1.0.0–1.3.x,
// DCC.combined-schema.json), written out for the versions in use: names, dates and entries
// changed little between them. Like the schema (JSON Schema 2020-12), `format` is read leniently:
// a "date" must begin with a real calendar date (Singapore writes a time after it), and the
// value sets are not enforced (new products appear in them every few months).

export type SchemaCheck = { ok: true } | { ok: false; problems: string[] };

interface Rules {
  /** 50 before 1.3.0, 80 from it. */
  maxText: number;
  dob: RegExp;
  /** From 1.3.0 a certificate holds exactly one entry. */
  oneEntry: boolean;
  /** Dose numbers were capped at 9 before 1.3.0. */
  maxDose: number;
  /** The testing centre was required before 1.3.0. */
  testCentreRequired: boolean;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
const DATE_START = /^(\d{4})-(\d{2})-(\d{2})(T|$)/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const TRANSLITERATED = /^[A-Z<]*$/;
const COUNTRY = /^[A-Z]{1,10}$/;

function rulesFor(ver: string): Rules | undefined {
  const m = SEMVER.exec(ver);
  if (!m || m[1] !== '1') return undefined;
  const minor = Number(m[2]);
  if (minor >= 3) {
    const dob = /^((19|20)\d\d(-\d\d){0,2})?$/;
    return { maxText: 80, dob, oneEntry: true, maxDose: Infinity, testCentreRequired: false };
  }
  const dob = minor === 0 ? /^(19|20)\d\d-\d\d-\d\d$/ : /^(19|20)\d\d(-\d\d){0,2}$/;
  return { maxText: 50, dob, oneEntry: false, maxDose: 9, testCentreRequired: true };
}

/** Checks a decoded DCC against the schema of its own `ver` (or of `version` when given). */
export function checkDccSchema(dcc: unknown, version?: string): SchemaCheck {
  const problems: string[] = [];
  if (!isObject(dcc)) return { ok: false, problems: ['The DCC is not an object.'] };
  const ver = version ?? dcc.ver;
  const rules = typeof ver === 'string' ? rulesFor(ver) : undefined;
  if (!rules || typeof dcc.ver !== 'string') {
    return { ok: false, problems: [`Unknown schema version ${JSON.stringify(ver)}.`] };
  }
  const text = (where: string, value: unknown, required: boolean, pattern?: RegExp) => {
    if (value === undefined) {
      if (required) problems.push(`${where} is missing.`);
    } else if (typeof value !== 'string' || value.length > rules.maxText) {
      problems.push(`${where} is not text of at most ${rules.maxText} characters.`);
    } else if (pattern && !pattern.test(value)) {
      problems.push(`${where} is not in the expected form.`);
    }
  };
  const date = (where: string, value: unknown) => {
    if (!isCalendarDate(value)) problems.push(`${where} is not a complete date.`);
  };
  const dose = (where: string, value: unknown) => {
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > rules.maxDose) {
      problems.push(`${where} is not a dose number.`);
    }
  };

  if (!isObject(dcc.nam)) problems.push('nam is missing.');
  else {
    text('nam.fn', dcc.nam.fn, false);
    text('nam.fnt', dcc.nam.fnt, true, TRANSLITERATED);
    text('nam.gn', dcc.nam.gn, false);
    text('nam.gnt', dcc.nam.gnt, false, TRANSLITERATED);
  }
  if (typeof dcc.dob !== 'string' || !rules.dob.test(dcc.dob)) problems.push('dob is not a date.');
  const groups = (['v', 't', 'r'] as const).filter((g) => dcc[g] !== undefined);
  if (groups.length !== 1) problems.push('A DCC holds exactly one of v, t and r.');
  for (const group of groups) {
    const entries = dcc[group];
    if (!Array.isArray(entries) || entries.length === 0 || (rules.oneEntry && entries.length > 1)) {
      problems.push(`${group} is not a list of ${rules.oneEntry ? 'one entry' : 'entries'}.`);
      continue;
    }
    entries.forEach((entry: unknown, i) => {
      const at = `${group}[${i}]`;
      if (!isObject(entry)) return void problems.push(`${at} is not an object.`);
      text(`${at}.tg`, entry.tg, true);
      text(`${at}.co`, entry.co, true, COUNTRY);
      text(`${at}.is`, entry.is, true);
      text(`${at}.ci`, entry.ci, true);
      if (group === 'v') {
        for (const key of ['vp', 'mp', 'ma']) text(`${at}.${key}`, entry[key], true);
        dose(`${at}.dn`, entry.dn);
        dose(`${at}.sd`, entry.sd);
        date(`${at}.dt`, entry.dt);
      } else if (group === 't') {
        text(`${at}.tt`, entry.tt, true);
        text(`${at}.tr`, entry.tr, true);
        text(`${at}.nm`, entry.nm, false);
        text(`${at}.ma`, entry.ma, false);
        text(`${at}.tc`, entry.tc, rules.testCentreRequired);
        if (typeof entry.sc !== 'string' || !DATE_TIME.test(entry.sc)) {
          problems.push(`${at}.sc is not a date and time.`);
        }
      } else {
        for (const key of ['fr', 'df', 'du']) date(`${at}.${key}`, entry[key]);
      }
    });
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCalendarDate(value: unknown): boolean {
  const m = typeof value === 'string' ? DATE_START.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
