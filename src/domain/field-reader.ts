// Reads typed fields out of untrusted JSON, recording one FieldError per problem with the field's
// dotted path, so shape checks read as a list of expectations rather than nested type tests.
import { EARLIEST_YEAR, LATEST_YEAR, readLocalDate, type LocalDate } from './local-date';
import { readBirthDate } from './birth-date';
import type { FieldError } from './records';
import { readTimestamp, type Timestamp, type TimestampProblem } from './time';

/** What each date or time problem is called in a FieldError, and said in English. */
const TIME_PROBLEMS: Record<TimestampProblem, { code: string; message: string }> = {
  format: { code: 'format', message: 'Must be' },
  'not-a-date': { code: 'not-a-date', message: 'No such day or time; must be' },
  'year-range': {
    code: 'year-range',
    message: `The year must be ${EARLIEST_YEAR}–${LATEST_YEAR}; must be`,
  },
  offset: { code: 'offset', message: 'No time zone has this UTC offset; must be' },
};

export type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export class FieldReader {
  readonly errors: FieldError[] = [];

  /** Records a problem; returns undefined so callers can `return this.fail(...)`. */
  fail(field: string, code: string, message: string): undefined {
    this.errors.push({ field, code, message });
    return undefined;
  }

  /** The value, or undefined after recording `required` (when not optional) if it is absent. */
  present(obj: Obj, key: string, path: string, optional: boolean): unknown {
    const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (v === undefined || v === null) {
      if (!optional) this.fail(path, 'required', 'Required');
      return undefined;
    }
    return v;
  }

  object(obj: Obj, key: string, path: string, optional = false): Obj | undefined {
    const v = this.present(obj, key, path, optional);
    if (v === undefined) return undefined;
    return isObject(v) ? v : this.fail(path, 'type', 'Must be an object');
  }

  string(
    obj: Obj,
    key: string,
    path: string,
    opts: { max?: number; optional?: boolean } = {},
  ): string | undefined {
    const v = this.present(obj, key, path, opts.optional ?? false);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') return this.fail(path, 'type', 'Must be a string');
    if (v.trim() === '') return this.fail(path, 'required', 'Must not be empty');
    if (opts.max !== undefined && v.length > opts.max) {
      return this.fail(path, 'too-long', `At most ${opts.max} characters`);
    }
    return v;
  }

  /** A string that must satisfy `test`; `format` error otherwise. */
  formatted(
    obj: Obj,
    key: string,
    path: string,
    test: (s: string) => boolean,
    what: string,
    optional = false,
  ): string | undefined {
    const v = this.string(obj, key, path, { optional });
    if (v === undefined) return undefined;
    return test(v) ? v : this.fail(path, 'format', `Must be ${what}`);
  }

  /** A date YYYY-MM-DD of a plausible year (see local-date). */
  date(obj: Obj, key: string, path: string, optional = false): LocalDate | undefined {
    const v = this.string(obj, key, path, { optional });
    if (v === undefined) return undefined;
    const reading = readLocalDate(v);
    return reading.ok ? reading.date : this.timeFail(path, reading.problem, 'a date YYYY-MM-DD');
  }

  /** A date of birth: YYYY-MM-DD, or a year alone YYYY (see birth-date). */
  birthDate(obj: Obj, key: string, path: string): string | undefined {
    const v = this.string(obj, key, path);
    if (v === undefined) return undefined;
    const reading = readBirthDate(v);
    return reading.ok
      ? reading.dob
      : this.timeFail(path, reading.problem, 'a date YYYY-MM-DD or a year YYYY');
  }

  /** An ISO 8601 time with a real offset, of a plausible year (see time). */
  timestamp(obj: Obj, key: string, path: string, optional = false): Timestamp | undefined {
    const v = this.string(obj, key, path, { optional });
    if (v === undefined) return undefined;
    const reading = readTimestamp(v);
    if (reading.ok) return reading.time;
    return this.timeFail(path, reading.problem, 'an ISO 8601 time with offset');
  }

  private timeFail(path: string, problem: TimestampProblem, what: string): undefined {
    const { code, message } = TIME_PROBLEMS[problem];
    return this.fail(path, code, `${message} ${what}`);
  }

  /** A string that `problem` finds nothing wrong with; its code and message otherwise. */
  checked(
    obj: Obj,
    key: string,
    path: string,
    problem: (s: string) => { code: string; message: string } | undefined,
    optional = false,
  ): string | undefined {
    const v = this.string(obj, key, path, { optional });
    if (v === undefined) return undefined;
    const found = problem(v);
    return found === undefined ? v : this.fail(path, found.code, found.message);
  }

  oneOf<T extends string>(
    obj: Obj,
    key: string,
    path: string,
    allowed: readonly T[],
    optional = false,
  ): T | undefined {
    const v = this.present(obj, key, path, optional);
    if (v === undefined) return undefined;
    if ((allowed as readonly unknown[]).includes(v)) return v as T;
    return this.fail(path, 'enum', `Must be one of ${allowed.join(', ')}`);
  }

  boolean(obj: Obj, key: string, path: string): boolean | undefined {
    const v = this.present(obj, key, path, false);
    if (v === undefined || typeof v === 'boolean') return v;
    return this.fail(path, 'type', 'Must be true or false');
  }

  number(
    obj: Obj,
    key: string,
    path: string,
    range: { min: number; max: number; integer?: boolean; optional?: boolean },
  ): number | undefined {
    const v = this.present(obj, key, path, range.optional ?? false);
    if (v === undefined) return undefined;
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      (range.integer === true && !Number.isInteger(v))
    ) {
      return this.fail(
        path,
        'type',
        range.integer === true ? 'Must be an integer' : 'Must be a number',
      );
    }
    if (v < range.min || v > range.max) {
      return this.fail(path, 'range', `Must be between ${range.min} and ${range.max}`);
    }
    return v;
  }
}
