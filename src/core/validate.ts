// A few composable checks for `unknown` input: the browser-side parser of the wire contract and of the
// props that arrive from untyped JavaScript. The published contract is the zod schema in
// `checkout-widget/schema` (the mock backend and shops' servers parse with it); this file exists so the
// widget's bundles do not carry zod's engine (~6 KB gzip, issue 7's budgets). test/core/wireBody.test.ts
// keeps the two equal, issue for issue, on generated bodies.

export type Path = (string | number)[];
export interface PathIssue {
  path: Path;
  message: string;
}
/**
 * Appends an issue to `issues` for every problem of `value`, found at `path`. Returns false when the
 * value (or a part of it) is not even of the right type, so rules relating fields must not run (the
 * same line zod draws between aborting and continuable issues).
 */
export type Check = (value: unknown, path: Path, issues: PathIssue[]) => boolean;
type Message = string | ((value: unknown) => string);

/** Runs `check` on `value` from the root: every issue found, empty when the value passes. */
export function issuesOf(check: Check, value: unknown): PathIssue[] {
  const issues: PathIssue[] = [];
  check(value, [], issues);
  return issues;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A missing required field says so, instead of the type it should have had. */
export const requiredOr = (message: string) => (value: unknown) => (value === undefined ? 'is required' : message);

const every = (checks: Check[], value: unknown, path: Path, issues: PathIssue[]) => checks.reduce((typed, check) => check(value, path, issues) && typed, true);

/** `value` must pass `test`; only then do the further checks run (they may rely on the type). */
export const is =
  (test: (value: unknown) => boolean, message: Message, ...then: Check[]): Check =>
  (value, path, issues) => {
    if (test(value)) return every(then, value, path, issues);
    issues.push({ path, message: typeof message === 'function' ? message(value) : message });
    return false;
  };

/**
 * A rule on a value already of the right type, that names its own problem: `find` returns the message,
 * or null when the value is fine. Every rule runs, and a broken one still leaves the value typed.
 */
export const problem =
  <T>(find: (value: T) => string | null): Check =>
  (value, path, issues) => {
    const message = find(value as T);
    if (message) issues.push({ path, message });
    return true;
  };

/** A rule with a fixed message (see `problem`). */
export const rule = <T>(test: (value: T) => boolean, message: string): Check => problem<T>((value) => (test(value) ? null : message));

export const optional =
  (check: Check): Check =>
  (value, path, issues) =>
    value === undefined || check(value, path, issues);

export const string = (message: Message, ...then: Check[]) => is((value) => typeof value === 'string', message, ...then);
export const number = (message: Message, ...then: Check[]) => is((value) => typeof value === 'number' && Number.isFinite(value), message, ...then);
export const boolean = (message: Message) => is((value) => typeof value === 'boolean', message);
export const oneOf = (values: readonly unknown[], message: Message) => is((value) => values.includes(value), message);
/** A fraction stops there; a whole number beyond ±2^53 is reported and the range rules still run (as zod's int check does). */
export const integer = (message: string, ...then: Check[]): Check =>
  is(Number.isInteger, message, rule<number>(Number.isSafeInteger, message), ...then);
export const atLeast = (minimum: number, message: string) => rule<number>((value) => value >= minimum, message);
export const atMost = (maximum: number, message: string) => rule<number>((value) => value <= maximum, message);
export const minLength = (minimum: number, message: string) => rule<string>((value) => value.length >= minimum, message);
export const matches = (pattern: RegExp, message: string) => rule<string>((value) => pattern.test(value), message);

/**
 * An array of `item`s. Too many entries are reported alone, before any entry is looked at (as zod does:
 * a huge array is refused without parsing it); too few after the entries.
 */
export const array = (item: Check, message: Message, [minimum, tooFew]: [number?, string?] = [], [maximum, tooMany]: [number?, string?] = []): Check =>
  is(Array.isArray, message, (value, path, issues) => {
    const entries = value as unknown[];
    if (maximum !== undefined && entries.length > maximum) return !issues.push({ path, message: tooMany! });
    let typed = true;
    // A plain loop: forEach and reduce skip the holes of a sparse array, which are entries too.
    for (let index = 0; index < entries.length; index++) typed = item(entries[index], [...path, index], issues) && typed;
    if (minimum !== undefined && entries.length < minimum) issues.push({ path, message: tooFew! });
    return typed;
  });

/**
 * An object with these fields. `unknownField` set: fields not listed are refused (the first one is
 * named, as the wire contract's strict objects do); unset: they are ignored.
 */
export const object = (fields: Record<string, Check>, message: Message, unknownField?: string): Check =>
  is(isRecord, message, (value, path, issues) => {
    const record = value as Record<string, unknown>;
    let typed = true;
    for (const name in fields) typed = fields[name]!(record[name], [...path, name], issues) && typed;
    const extra = unknownField ? Object.keys(record).find((name) => !Object.hasOwn(fields, name)) : undefined;
    if (extra !== undefined) issues.push({ path: [...path, extra], message: unknownField! });
    return typed;
  });
