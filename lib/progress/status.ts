// Presentation facts about a status that every view needs: its traffic-light colour and
// its short label in Chinese and English. Kept beside the arithmetic so the explanation
// text and the UI can never disagree.

import type { Bilingual, ProgressStatus, StatusColor } from "./types";

/**
 * Traffic-light colour of a status:
 *   achieved, within_cap, on_track → green; nearly_achieved, at_risk → yellow;
 *   off_track, not_achieved, exceeded → red; no_baseline, no_data → grey (not judged).
 */
export function statusColor(status: ProgressStatus): StatusColor {
  switch (status) {
    case "achieved":
    case "within_cap":
    case "on_track":
      return "green";
    case "nearly_achieved":
    case "at_risk":
      return "yellow";
    case "off_track":
    case "not_achieved":
    case "exceeded":
      return "red";
    case "no_baseline":
    case "no_data":
      return "grey";
  }
}

/** Short labels of each status (zh / en), as shown on badges. */
export const STATUS_LABELS: Readonly<Record<ProgressStatus, Bilingual>> = Object.freeze({
  achieved: { zh: "已完成", en: "Achieved" },
  nearly_achieved: { zh: "基本完成", en: "Nearly achieved" },
  within_cap: { zh: "控制在上限内", en: "Within the ceiling" },
  on_track: { zh: "序时推进", en: "On track" },
  at_risk: { zh: "有风险", en: "At risk" },
  off_track: { zh: "滞后", en: "Off track" },
  not_achieved: { zh: "未完成", en: "Not achieved" },
  exceeded: { zh: "超出上限", en: "Exceeded (ceiling)" },
  no_baseline: { zh: "缺基期", en: "No baseline" },
  no_data: { zh: "无数据", en: "No data" },
});

/** The label of a status in one language. */
export function statusLabel(status: ProgressStatus, lang: keyof Bilingual): string {
  return STATUS_LABELS[status][lang];
}

/** Colour names used inside explanation sentences ("→ 绿（…）" / "→ green (…)"). */
export const COLOR_WORDS: Readonly<Record<StatusColor, Bilingual>> = Object.freeze({
  green: { zh: "绿", en: "green" },
  yellow: { zh: "黄", en: "yellow" },
  red: { zh: "红", en: "red" },
  grey: { zh: "灰", en: "grey" },
});

/**
 * A glyph per status, shown beside the colour, so that no two statuses depend on colour
 * alone (colour-blind readers, greyscale print): each glyph is different.
 */
export const STATUS_GLYPHS: Readonly<Record<ProgressStatus, string>> = Object.freeze({
  achieved: "✓",
  within_cap: "≤",
  nearly_achieved: "≈",
  on_track: "→",
  at_risk: "!",
  off_track: "↓",
  not_achieved: "✗",
  exceeded: "▲",
  no_baseline: "○",
  no_data: "–",
});
