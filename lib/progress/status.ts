// Presentation facts about a status that every view needs: its traffic-light colour and
// its short label in Chinese and English. Kept beside the arithmetic so the explanation
// text and the UI can never disagree.

import type { Bilingual, ProgressStatus, StatusColor } from "./types";

/**
 * Traffic-light colour of a status:
 *   achieved, on_track → green; at_risk → yellow;
 *   off_track, not_achieved, exceeded → red; no_baseline, no_data → grey (not judged).
 */
export function statusColor(status: ProgressStatus): StatusColor {
  switch (status) {
    case "achieved":
    case "on_track":
      return "green";
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
