// The as-of moment of the dashboard: "the data as they stood at the end of that day".
// Days are calendar days in China (UTC+8, no daylight saving), because the analysts
// and the statistics are there; a server in another time zone gives the same answer.

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last millisecond of a calendar day in China: "2019-12-31" →
 * 2019-12-31T23:59:59.999+08:00 (= 15:59:59.999Z). Null for anything that is not a
 * real YYYY-MM-DD date (2019-02-30 included).
 */
export function endOfChinaDay(day: string): Date | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(y, mo - 1, d);
  const check = new Date(start);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(start + 24 * 60 * 60 * 1000 - 1 - CHINA_OFFSET_MS);
}

/** The calendar day in China of a moment, as YYYY-MM-DD (for the date input). */
export function chinaDay(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The evaluation year of a moment: its calendar year in China. 2020-01-01 00:30 in
 * Chengdu is already 2020 even though it is still 2019 in UTC.
 */
export function chinaYear(date: Date): number {
  return new Date(date.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
}

/**
 * Reads the `asOf` URL parameter: a day (YYYY-MM-DD → end of that day in China) or a
 * full ISO timestamp with offset. Missing, empty or invalid → null (meaning "now").
 */
export function parseAsOf(value: string | null | undefined): Date | null {
  if (!value) return null;
  const day = endOfChinaDay(value);
  if (day) return day;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export interface AsOfChoice {
  /** The moment to evaluate at; undefined = now. */
  asOf: Date | undefined;
  /** The day to show in the date input and to keep in links; null = latest. */
  day: string | null;
  /** A value was given but could not be read (the page then shows the latest data). */
  invalid: boolean;
  /** A full timestamp was given (not a day): captions show it, not "end of day". */
  timestamp?: boolean;
}

/** A moment as China wall-clock time, "2020-12-31 11:02:00" (for captions). */
export function chinaMoment(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** Reads a page's ?asOf= search parameter (first value if repeated). */
export function readAsOfParam(raw: string | string[] | undefined): AsOfChoice {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return { asOf: undefined, day: null, invalid: false };
  const asOf = parseAsOf(value);
  if (!asOf) return { asOf: undefined, day: null, invalid: true };
  const isDay = endOfChinaDay(value) !== null;
  return { asOf, day: isDay ? value : chinaDay(asOf), invalid: false, timestamp: !isDay };
}

/** A link that keeps the chosen day: withAsOf("/regions/510500", "2019-12-31", "r-510500"). */
export function withAsOf(path: string, day: string | null, hash?: string): string {
  return `${path}${day ? `?asOf=${day}` : ""}${hash ? `#${hash}` : ""}`;
}
