// Years an observation may be for. 1949 is the earliest year PRC statistical series
// start; next year is allowed because plans and provisional releases run ahead of the
// calendar.

export const EARLIEST_YEAR = 1949;

export function defaultYearRange(now: Date = new Date()): { minYear: number; maxYear: number } {
  return { minYear: EARLIEST_YEAR, maxYear: now.getFullYear() + 1 };
}

/** "2018", "２０１８", "2018年" → 2018; anything else → null. */
export function parseYear(text: string): number | null {
  const match = /^(\d{4})年?$/.exec(text.normalize("NFKC").trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}
