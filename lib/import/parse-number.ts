// Reading a number as analysts write it: 1,619,700 / 1 619 700 / １６１.９７ / -0.5 / 1.2e5.
//
// Separators must group exactly three digits. Otherwise "161,97" (a decimal comma) would
// silently become 16197; we reject it and ask for a decimal point instead.

export type ParsedNumber =
  | { ok: true; value: number; /** as written, minus separators and spaces */ cleaned: string }
  | { ok: false; reason: "empty" | "not_a_number" | "bad_grouping" };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$/;

export function parseDecimal(text: string): ParsedNumber {
  // NFKC folds full-width digits, ，．－ and no-break/thin spaces; U+2212 is a real minus sign.
  const written = text
    .normalize("NFKC")
    .replace(/\u2212/g, "-")
    .trim();
  if (written === "") return { ok: false, reason: "empty" };

  let candidate = written;
  if (/[, ]/.test(written)) {
    if (!GROUPED.test(written)) {
      return { ok: false, reason: /^[+-]?[\d, ]+(\.\d+)?$/.test(written) ? "bad_grouping" : "not_a_number" };
    }
    candidate = written.replace(/[, ]/g, "");
  }
  if (!PLAIN.test(candidate)) return { ok: false, reason: "not_a_number" };

  const value = Number(candidate);
  // 1e400 parses to Infinity; no indicator value is that large.
  if (!Number.isFinite(value)) return { ok: false, reason: "not_a_number" };
  return { ok: true, value: Object.is(value, -0) ? 0 : value, cleaned: candidate.replace(/^\+/, "") };
}
