// Plausibility warnings as people read them, values formatted with the indicator's unit.
import { formatValue } from "@/lib/format";
import type { Message } from "@/lib/i18n/message";
import { plausibilityMessage, type PlausibilityWarning } from "./plausibility";

export function plausibilityMessages(warnings: readonly PlausibilityWarning[], unit: string): Message[] {
  const format = (v: number) => ({ zh: formatValue(v, unit, "zh", 4), en: formatValue(v, unit, "en", 4) });
  return warnings.map((w) => plausibilityMessage(w, format));
}
