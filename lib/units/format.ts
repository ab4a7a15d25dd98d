// Display labels for units. zh shows the canonical symbol (万人, km², 亿元); en shows a
// readable label (10k persons, km², 100M yuan). Unknown units are shown as written, so
// an indicator with an unregistered unit still displays something sensible.

import type { Locale } from "@/lib/i18n/locale";
import { parseUnit, type UnitDef } from "./unit-registry";

export function formatUnit(unit: string | UnitDef, locale: Locale): string {
  const def = typeof unit === "string" ? parseUnit(unit) : unit;
  if (!def) return typeof unit === "string" ? unit.trim() : "";
  return locale === "zh" ? def.symbol : def.en;
}
