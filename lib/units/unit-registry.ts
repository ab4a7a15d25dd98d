// The units indicators are stored in, and the spellings analysts write in source tables.
//
// Every factor between units of one dimension is a power of ten (万 = 10^4, 亿 = 10^8,
// 1 km² = 100 公顷). Storing the exponent instead of a float factor lets conversion
// shift the decimal point exactly (see decimal-shift.ts). A unit that is not a power of
// ten of its base (e.g. 亩) would need a different conversion path; none is needed yet.

import type { Message } from "@/lib/i18n/message";

export type Dimension = "population" | "area" | "money" | "percent" | "density";

export interface UnitDef {
  /** Canonical symbol, as stored on indicators and shown in zh: 万人, km², 亿元 … */
  symbol: string;
  /** English display label: "10k persons", "km²", "100M yuan" … */
  en: string;
  dimension: Dimension;
  /** value in base unit = value in this unit × 10^pow10 (base: 人, km², 元, %, 个/万km²) */
  pow10: number;
  /** Other spellings; matched after normalizeUnitText. */
  aliases: readonly string[];
}

export const DIMENSION_LABELS: Record<Dimension, Message> = {
  population: { zh: "人口", en: "population" },
  area: { zh: "面积", en: "area" },
  money: { zh: "金额", en: "money" },
  percent: { zh: "百分比", en: "percentage" },
  density: { zh: "密度", en: "density" },
};

// Order within a dimension is the order units are listed in "accepted units" messages
// after the indicator's own unit: most common first. "人口" alone is deliberately not a
// unit spelling: it names the quantity, not the scale (人 or 万人?).
const UNITS: readonly UnitDef[] = [
  {
    symbol: "万人",
    en: "10k persons",
    dimension: "population",
    pow10: 4,
    aliases: ["10k persons", "10,000 persons", "10000 persons", "ten thousand persons", "10k people"],
  },
  { symbol: "人", en: "persons", dimension: "population", pow10: 0, aliases: ["persons", "person", "people"] },

  {
    symbol: "km²",
    en: "km²",
    dimension: "area",
    pow10: 0,
    aliases: ["km2", "平方公里", "平方千米", "sq km", "sqkm", "square kilometres", "square kilometers"],
  },
  { symbol: "万km²", en: "10k km²", dimension: "area", pow10: 4, aliases: ["万km2", "万平方公里", "万平方千米", "10k km2", "10,000 km2"] },
  { symbol: "公顷", en: "ha", dimension: "area", pow10: -2, aliases: ["ha", "hectare", "hectares"] },

  {
    symbol: "亿元",
    en: "100M yuan",
    dimension: "money",
    pow10: 8,
    aliases: ["100 million yuan", "100m yuan", "cny 100 million", "rmb 100 million", "亿元人民币"],
  },
  { symbol: "万亿元", en: "trillion yuan", dimension: "money", pow10: 12, aliases: ["trillion yuan", "cny trillion", "rmb trillion", "万亿元人民币"] },
  { symbol: "万元", en: "10k yuan", dimension: "money", pow10: 4, aliases: ["10k yuan", "10,000 yuan", "10000 yuan", "cny 10k", "万元人民币"] },
  { symbol: "元", en: "yuan", dimension: "money", pow10: 0, aliases: ["yuan", "cny", "rmb", "元人民币"] },

  { symbol: "%", en: "%", dimension: "percent", pow10: 0, aliases: ["％", "百分比", "percent", "per cent", "pct"] },

  { symbol: "个/万km²", en: "per 10k km²", dimension: "density", pow10: 0, aliases: ["个/万km2", "个/万平方公里", "个/万平方千米", "per 10k km2"] },
];

/**
 * Case-, width- and whitespace-insensitive form of a unit spelling. NFKC folds
 * full-width letters/digits/％ and also turns ² into 2, so "km²", "ｋｍ２" and "KM2"
 * all become "km2".
 */
export function normalizeUnitText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

const BY_SPELLING: ReadonlyMap<string, UnitDef> = (() => {
  const map = new Map<string, UnitDef>();
  for (const unit of UNITS) {
    for (const spelling of [unit.symbol, unit.en, ...unit.aliases]) {
      const key = normalizeUnitText(spelling);
      const existing = map.get(key);
      // A spelling shared by two units would make parsing depend on table order.
      if (existing && existing !== unit) throw new Error(`unit spelling "${spelling}" is ambiguous`);
      map.set(key, unit);
    }
  }
  return map;
})();

/** The unit a spelling denotes, or null when it is not recognised (including ""). */
export function parseUnit(text: string): UnitDef | null {
  const key = normalizeUnitText(text);
  return key === "" ? null : (BY_SPELLING.get(key) ?? null);
}

/**
 * Units a value for an indicator in `canonicalUnit` may be written in: the unit itself
 * first, then the other units of its dimension. An unregistered indicator unit only
 * accepts itself, because we cannot convert into it.
 */
export function acceptedUnitsFor(canonicalUnit: string): string[] {
  const target = parseUnit(canonicalUnit);
  if (!target) return canonicalUnit.trim() === "" ? [] : [canonicalUnit.trim()];
  const others = UNITS.filter((u) => u.dimension === target.dimension && u !== target);
  return [target.symbol, ...others.map((u) => u.symbol)];
}
