// Rows of the "why" panel for a ceiling or a floor (see limit-lenses.ts).

import { formatFraction, formatOneDecimal } from "./format";
import type { LensRow } from "./lens-row";
import type { LimitLens } from "./limit-types";
import type { Bilingual } from "./result-types";

const same = (s: string): Bilingual => ({ zh: s, en: s });
const DASH = same("—");
const pct = (x: number) => same(formatFraction(x));

/** Rows of a ceiling or floor: allowance used against time, room left, crossing year, margin at T. */
export function limitRows(l: LimitLens, v: (x: number) => Bilingual): LensRow[] {
  const ceiling = l.side === "ceiling";
  const word = ceiling ? { zh: "上限", en: "ceiling" } : { zh: "下限", en: "floor" };
  const rows: LensRow[] = [
    {
      key: "used",
      label: ceiling ? { zh: "已用允许增量", en: "Allowed increase used" } : { zh: "已用允许降幅", en: "Allowed decrease used" },
      formula: "u = (v_t − v_b) / (v_T − v_b)",
      value: l.used === null ? DASH : pct(l.used),
    },
    {
      key: "timeShare",
      label: { zh: "时间进度", en: "Time elapsed" },
      formula: "s = (t − b) / (T − b)",
      value: l.timeShare === null ? DASH : pct(l.timeShare),
    },
    {
      key: "ahead",
      label: { zh: "额度使用快于时间（百分点）", en: "Allowance used ahead of time (pp)" },
      formula: "100 · (u − s)",
      value: l.used === null || l.timeShare === null ? DASH : same(formatOneDecimal(100 * (l.used - l.timeShare))),
    },
    {
      key: "headroom",
      label: { zh: `距${word.zh}余量`, en: `Room left to the ${word.en}` },
      formula: ceiling ? "v_T − v_t" : "v_t − v_T",
      value: l.headroom >= 0 ? v(l.headroom) : { zh: `已越过${word.zh}${v(-l.headroom).zh}`, en: `${v(-l.headroom).en} past the ${word.en}` },
    },
    {
      key: "crossing",
      label: { zh: `按当前速度触及${word.zh}的年份`, en: `Year the ${word.en} is reached at the current pace` },
      formula: ceiling ? "t + (v_T − v_t) / k" : "t + (v_t − v_T) / (−k)",
      value: crossingText(l, word),
    },
    {
      key: "marginAtTarget",
      label: { zh: "目标年预计余量", en: "Room left in the target year at this pace" },
      formula: ceiling ? "(v_T − v_t) − k · (T − t)" : "(v_t − v_T) + k · (T − t)",
      value:
        l.marginAtTarget === null
          ? DASH
          : l.marginAtTarget >= 0
            ? v(l.marginAtTarget)
            : { zh: `将越过${v(-l.marginAtTarget).zh}`, en: `${v(-l.marginAtTarget).en} past it` },
    },
  ];
  return rows;
}

function crossingText(l: LimitLens, word: Bilingual): Bilingual {
  const c = l.crossing;
  switch (c.kind) {
    case "breached":
      return { zh: `已越过${word.zh}`, en: `already past the ${word.en}` };
    case "at_limit":
      return { zh: `${c.year}年已恰好达到${word.zh}`, en: `exactly at the ${word.en} in ${c.year}` };
    case "before_target":
      return { zh: `约${Math.ceil(c.year!)}年（目标年前）`, en: `around ${Math.ceil(c.year!)} (before the target year)` };
    case "after_target":
      return { zh: `约${Math.ceil(c.year!)}年，目标年前不会触及`, en: `around ${Math.ceil(c.year!)}: not before the target year` };
    case "not_at_this_pace":
      return { zh: `按当前趋势不会触及${word.zh}`, en: `not reached at the current trend` };
    case "unknown":
      return { zh: "—（数据点不足）", en: "— (too few points)" };
  }
}
