import type { Message } from "@/lib/i18n/message";

export interface RegionInput {
  /** 6-digit administrative code, or a synthetic code such as CHENGYU for the cluster. */
  adcode: string;
  nameZh: string;
  nameEn: string;
  /** Explicit alternative names: short names (泸州), historic names (开县, 梁平县). */
  aliases: string[];
}

/** How a text matched, in the order the resolver tries them. */
export type RegionMatchKind = "adcode" | "name" | "alias" | "short_name" | "english";

export type RegionResolution = { ok: true; adcode: string; matchedBy: RegionMatchKind } | { ok: false; error: Message; suggestions: string[] };
