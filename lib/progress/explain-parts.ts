// Building blocks of the explanation sentences: how a value, the baseline, the target
// and an observation are written in each language. zh runs numbers and units together
// ("111.59万人"); en separates them with a space ("111.59 万人").

import { formatPlainNumber } from "./format";
import { effectiveTolerancePct } from "./numeric";
import type { ProgressTarget, UnitLabel, YearValue } from "./types";
import type { Bilingual } from "./result-types";

type Target = Pick<ProgressTarget, "year" | "value" | "type" | "tolerancePct">;

/** A value with its unit label: zh "200万人", en "200 万人" (no space if the en unit is empty). */
export function withUnit(value: number, unit: UnitLabel): Bilingual {
  const v = formatPlainNumber(value);
  return { zh: `${v}${unit.zh}`, en: unit.en ? `${v} ${unit.en}` : v };
}

/** zh "基期2014年111.59万人", en "Baseline 2014: 111.59 万人". */
export function baselinePhrase(baseline: YearValue, unit: UnitLabel): Bilingual {
  const v = withUnit(baseline.value, unit);
  return { zh: `基期${baseline.year}年${v.zh}`, en: `Baseline ${baseline.year}: ${v.en}` };
}

/** The ± band of an approx target as written in sentences: "±5%". */
function band(target: Target): string {
  return `±${formatPlainNumber(effectiveTolerancePct("approx", target.tolerancePct))}%`;
}

/**
 * The target as written in the schedule sentence (lower-case en, since it follows the
 * baseline): min "目标2020年200万人" / "target 2020: 200 万人"; max "目标2020年不超过150km²" /
 * "target 2020: at most 150 km²"; approx "目标2020年200万人左右（±5%）" /
 * "target 2020: about 200 万人 (±5%)".
 */
export function targetPhrase(target: Target, unit: UnitLabel): Bilingual {
  const v = withUnit(target.value, unit);
  const T = target.year;
  switch (target.type) {
    case "min":
      return { zh: `目标${T}年${v.zh}`, en: `target ${T}: ${v.en}` };
    case "max":
      return { zh: `目标${T}年不超过${v.zh}`, en: `target ${T}: at most ${v.en}` };
    case "approx":
      return { zh: `目标${T}年${v.zh}左右（${band(target)}）`, en: `target ${T}: about ${v.en} (${band(target)})` };
  }
}

/**
 * The target as it opens a final-evaluation sentence: "2020年目标200万人" /
 * "Target 2020: 200 万人"; ceilings "2020年上限150平方公里" / "Ceiling 2020: 150 km²".
 */
export function finalTargetPhrase(target: Target, unit: UnitLabel): Bilingual {
  const v = withUnit(target.value, unit);
  const T = target.year;
  switch (target.type) {
    case "min":
      return { zh: `${T}年目标${v.zh}`, en: `Target ${T}: ${v.en}` };
    case "max":
      return { zh: `${T}年上限${v.zh}`, en: `Ceiling ${T}: ${v.en}` };
    case "approx":
      return { zh: `${T}年目标${v.zh}左右（${band(target)}）`, en: `Target ${T}: about ${v.en} (${band(target)})` };
  }
}

/** An observation: zh "2018年161.97万人", en "2018: 161.97 万人". */
export function observationPhrase(o: YearValue, unit: UnitLabel): Bilingual {
  const v = withUnit(o.value, unit);
  return { zh: `${o.year}年${v.zh}`, en: `${o.year}: ${v.en}` };
}

/** Upper-cases the first character (en sentences may start with a lower-case phrase). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
