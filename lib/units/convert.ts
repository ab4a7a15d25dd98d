// Converting a value between two unit spellings of the same dimension.

import { joinList, msg, type Message } from "@/lib/i18n/message";
import { shiftDecimal } from "./decimal-shift";
import { acceptedUnitsFor, DIMENSION_LABELS, normalizeUnitText, parseUnit } from "./unit-registry";

type ConversionFailure = "unknown_unit" | "incompatible" | "invalid_value";

export type ConversionResult =
  | { ok: true; value: number }
  | {
      ok: false;
      reason: ConversionFailure;
      /** Canonical symbols the target accepts, so callers can build their own wording. */
      accepted: string[];
      error: Message;
    };

/**
 * Converts `value` written in `fromUnit` into `toUnit`.
 *
 * - An empty (or whitespace) `fromUnit` means the value is already in `toUnit`.
 * - Two spellings that normalise to the same text are the same unit even if the
 *   registry does not know them, so indicators with unregistered units still import.
 * - Errors list the units accepted for the target's dimension.
 */
export function convertValue(value: number, fromUnit: string, toUnit: string): ConversionResult {
  if (Number.isFinite(value) && (fromUnit.trim() === "" || normalizeUnitText(fromUnit) === normalizeUnitText(toUnit))) {
    return { ok: true, value }; // the common case, checked first: no accepted-units list to build
  }
  const accepted = acceptedUnitsFor(toUnit);
  const acceptedText = { zh: joinList(accepted, "zh"), en: joinList(accepted, "en") };

  if (!Number.isFinite(value)) {
    return {
      ok: false,
      reason: "invalid_value",
      accepted,
      error: msg(`数值“${value}”不是有限数字`, `value "${value}" is not a finite number`),
    };
  }
  const from = parseUnit(fromUnit);
  if (!from) {
    return {
      ok: false,
      reason: "unknown_unit",
      accepted,
      error: msg(`无法识别的单位“${fromUnit.trim()}”；接受：${acceptedText.zh}`, `unrecognised unit "${fromUnit.trim()}"; accepted: ${acceptedText.en}`),
    };
  }
  // An unregistered target unit has no known relation to any other unit.
  const to = parseUnit(toUnit);
  if (!to) {
    return {
      ok: false,
      reason: "incompatible",
      accepted,
      error: msg(
        `单位“${fromUnit.trim()}”不能换算为“${toUnit.trim()}”；接受：${acceptedText.zh}`,
        `unit "${fromUnit.trim()}" cannot be converted to "${toUnit.trim()}"; accepted: ${acceptedText.en}`,
      ),
    };
  }
  if (from.dimension !== to.dimension) {
    const fromDim = DIMENSION_LABELS[from.dimension];
    const toDim = DIMENSION_LABELS[to.dimension];
    return {
      ok: false,
      reason: "incompatible",
      accepted,
      error: msg(
        `单位“${fromUnit.trim()}”（${fromDim.zh}）不能换算为“${to.symbol}”（${toDim.zh}）；接受：${acceptedText.zh}`,
        `unit "${fromUnit.trim()}" (${fromDim.en}) cannot be converted to "${to.symbol}" (${toDim.en}); accepted: ${acceptedText.en}`,
      ),
    };
  }
  return { ok: true, value: shiftDecimal(value, from.pow10 - to.pow10) };
}
