// Data-quality flags an analyst may attach to an observation, written in the flags / 标记
// column as a list (provisional;estimated, 初步；估算, low confidence, …).

import { joinList, msg, type Message } from "@/lib/i18n/message";
import { FLAGS, type Flag } from "@/lib/progress/flags";

const FLAG_LABELS: Record<Flag, Message> = {
  provisional: msg("初步", "provisional"),
  estimated: msg("估算", "estimated"),
  definition_differs: msg("口径不一致", "definition differs"),
  low_confidence: msg("可信度低", "low confidence"),
  break_in_series: msg("序列断点", "break in series"),
};

const BY_SPELLING: ReadonlyMap<string, Flag> = new Map(
  FLAGS.flatMap((flag) => [
    [flag, flag],
    [FLAG_LABELS[flag].zh, flag],
  ]),
);

// ; , and their full-width forms (NFKC turns ，into ,) plus the enumeration comma 、
const SEPARATORS = /[;,、]/;

export type ParsedFlags = { ok: true; flags: Flag[] } | { ok: false; unknown: string[]; accepted: Message };

export function parseFlags(text: string): ParsedFlags {
  const parts = text
    .normalize("NFKC")
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const flags: Flag[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    // "Low confidence", "low-confidence" and "LOW_CONFIDENCE" all mean low_confidence.
    const flag = BY_SPELLING.get(part.toLowerCase().replace(/[\s-]+/g, "_"));
    if (!flag) unknown.push(part);
    else if (!flags.includes(flag)) flags.push(flag);
  }
  if (unknown.length > 0) return { ok: false, unknown, accepted: acceptedFlags() };
  return { ok: true, flags };
}

function acceptedFlags(): Message {
  return msg(
    joinList(
      FLAGS.map((f) => `${f}（${FLAG_LABELS[f].zh}）`),
      "zh",
    ),
    joinList(
      FLAGS.map((f) => `${f} (${FLAG_LABELS[f].zh})`),
      "en",
    ),
  );
}
