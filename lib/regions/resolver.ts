// Turns whatever an analyst wrote in a 地区 / region cell into an adcode.
//
// Lookup goes tier by tier — adcode, full name, explicit alias, derived short name,
// English name — and the first tier with any hit decides. So a region's own full name
// always beats another region's derived short name; only hits within one tier can be
// ambiguous, and then we refuse rather than guess.

import { joinList, msg, type Message } from "@/lib/i18n/message";
import { adcodeKey, englishKey, regionKey } from "./normalize";
import { shortName } from "./short-name";
import { suggestRegions } from "./suggest";
import type { RegionInput, RegionMatchKind, RegionResolution } from "./types";

type Index = Map<string, string[]>;

const TIERS: readonly { kind: RegionMatchKind; keysOf: (r: RegionInput) => string[]; key: (t: string) => string }[] = [
  { kind: "adcode", keysOf: (r) => [adcodeKey(r.adcode)], key: adcodeKey },
  { kind: "name", keysOf: (r) => [regionKey(r.nameZh)], key: regionKey },
  { kind: "alias", keysOf: (r) => r.aliases.map(regionKey), key: regionKey },
  { kind: "short_name", keysOf: (r) => [regionKey(shortName(r.nameZh))], key: regionKey },
  { kind: "english", keysOf: (r) => [englishKey(r.nameEn)], key: englishKey },
];

function buildIndex(regions: readonly RegionInput[], keysOf: (r: RegionInput) => string[]): Index {
  const index: Index = new Map();
  for (const region of regions) {
    for (const key of keysOf(region)) {
      if (key === "") continue;
      const adcodes = index.get(key) ?? [];
      if (!adcodes.includes(region.adcode)) adcodes.push(region.adcode);
      index.set(key, adcodes);
    }
  }
  return index;
}

function howToWrite(regions: readonly RegionInput[]): Message {
  // Examples come from the list itself so the hint never names a region we do not know.
  const example = regions.find((r) => /^\d+$/.test(r.adcode) && shortName(r.nameZh) !== r.nameZh) ?? regions[0];
  if (!example) return msg("", "");
  return msg(
    `可填写行政区划代码（如 ${example.adcode}）、全称（如 ${example.nameZh}）、简称（如 ${shortName(example.nameZh)}）或英文名（如 ${example.nameEn}）`,
    `use the administrative code (e.g. ${example.adcode}), the full Chinese name (e.g. ${example.nameZh}), the short name (e.g. ${shortName(example.nameZh)}) or the English name (e.g. ${example.nameEn})`,
  );
}

export function createRegionResolver(regions: readonly RegionInput[]): (text: string) => RegionResolution {
  const byAdcode = new Map(regions.map((r) => [r.adcode, r]));
  const indexes = TIERS.map((tier) => ({ ...tier, index: buildIndex(regions, tier.keysOf) }));
  const hint = howToWrite(regions);

  return function resolve(text: string): RegionResolution {
    const written = text.normalize("NFKC").trim();
    if (written === "") {
      return { ok: false, error: msg(`地区为空；${hint.zh}`, `region is empty; ${hint.en}`), suggestions: [] };
    }

    for (const tier of indexes) {
      const adcodes = tier.index.get(tier.key(written)) ?? [];
      const [only] = adcodes;
      if (adcodes.length === 1 && only !== undefined) return { ok: true, adcode: only, matchedBy: tier.kind };
      if (adcodes.length > 1) {
        const candidates = adcodes.flatMap((code) => byAdcode.get(code) ?? []);
        return {
          ok: false,
          error: msg(
            `地区“${written}”有歧义，可指：${joinList(
              candidates.map((r) => `${r.nameZh}（${r.adcode}）`),
              "zh",
            )}；请改用行政区划代码`,
            `region "${written}" is ambiguous, it could be: ${joinList(
              candidates.map((r) => `${r.nameZh} ${r.nameEn} (${r.adcode})`),
              "en",
            )}; use the administrative code instead`,
          ),
          // What to write instead: the codes are the only unambiguous spelling.
          suggestions: candidates.map((r) => r.adcode),
        };
      }
    }

    const suggestions = suggestRegions(written, regions);
    const didYouMean: Message =
      suggestions.length > 0 ? msg(`。是否指：${joinList(suggestions, "zh")}？`, `. Did you mean: ${joinList(suggestions, "en")}?`) : msg("", "");
    return {
      ok: false,
      error: msg(`无法识别的地区“${written}”；${hint.zh}${didYouMean.zh}`, `unrecognised region "${written}"; ${hint.en}${didYouMean.en}`),
      suggestions,
    };
  };
}
