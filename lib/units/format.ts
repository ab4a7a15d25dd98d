// Display labels for units. zh shows the canonical symbol (万人, km², 亿元); en a label
// for a column of values kept in that unit ("10,000 people", "100 million yuan"; see
// phrasing.ts — a single figure reads "90.94 million people" through lib/format.ts).
// Unknown units are shown as written, so an indicator with an unregistered unit still
// displays something sensible.

import type { Locale } from "@/lib/i18n/locale";
import { EN_PHRASING } from "./phrasing";
import { parseUnit, type UnitDef } from "./unit-registry";

export function formatUnit(unit: string | UnitDef, locale: Locale): string {
  const def = typeof unit === "string" ? parseUnit(unit) : unit;
  if (!def) return typeof unit === "string" ? unit.trim() : "";
  return locale === "zh" ? def.symbol : (EN_PHRASING[def.symbol]?.label ?? def.en);
}
