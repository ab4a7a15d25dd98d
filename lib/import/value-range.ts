// Whether a value, once converted into the indicator's unit, fits the column it is
// stored in: numeric(24,8), so fewer than 10^16 in magnitude and steps of 10^-8.
// Larger values made PostgreSQL fail the whole import with a 500; smaller non-zero ones
// were silently stored as 0.

import { msg, type Message } from "@/lib/i18n/message";

/** Digits before the decimal point that numeric(24,8) holds. */
const STORED_INTEGER_DIGITS = 16;
const STORED_DECIMALS = 8;
const LIMIT = 10 ** STORED_INTEGER_DIGITS;
/** Below half the smallest step a non-zero value rounds to 0. */
const SMALLEST = 0.5 * 10 ** -STORED_DECIMALS;

/**
 * The problem with storing `value` (already in `unit`, the indicator's unit; `written`
 * and `unitWritten` as the file had them), or null when it fits. Precision beyond the
 * eighth decimal is rounded, as it always was; only a non-zero value that would become
 * 0 is refused.
 */
export function storableProblem(written: string, unitWritten: string, value: number, unit: string): Message | null {
  const converted = unitWritten.trim() === "" || unitWritten.trim() === unit ? "" : `（换算为 ${value} ${unit}）`;
  const convertedEn = converted === "" ? "" : ` (${value} ${unit} once converted)`;
  if (Math.abs(value) >= LIMIT) {
    return msg(
      `数值“${written}”${converted}过大；换算为${unit}后绝对值须小于 10^${STORED_INTEGER_DIGITS}（即最多 ${STORED_INTEGER_DIGITS} 位整数）`,
      `value "${written}"${convertedEn} is too large; in ${unit} its magnitude must be below 10^${STORED_INTEGER_DIGITS} (at most ${STORED_INTEGER_DIGITS} digits before the decimal point)`,
    );
  }
  if (value !== 0 && Math.abs(value) < SMALLEST) {
    return msg(
      `数值“${written}”${converted}过小，保存时会变成 0；换算为${unit}后最多保留 ${STORED_DECIMALS} 位小数（最小 0.00000001），如确为 0 请填写 0`,
      `value "${written}"${convertedEn} is too small and would be stored as 0; in ${unit} at most ${STORED_DECIMALS} decimals are kept (smallest 0.00000001); write 0 if it is zero`,
    );
  }
  return null;
}
