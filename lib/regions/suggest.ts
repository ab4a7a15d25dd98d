// "Did you mean" candidates for a region name that matched nothing. Cheap on purpose:
// the list has a few dozen regions, and analysts mostly mistype one character
// (泸洲 for 泸州) or an English spelling (Luzou).

import { englishKey, regionKey } from "./normalize";
import type { RegionInput } from "./types";

// Suffix characters are shared by almost every name, so they say nothing about similarity.
const NOISE = new Set(["市", "区", "县", "省"]);

function sharedChars(query: string, candidate: string): number {
  const candidateChars = new Set(candidate);
  let shared = 0;
  for (const ch of new Set(query)) if (!NOISE.has(ch) && candidateChars.has(ch)) shared++;
  return shared;
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** Dice coefficient on letter pairs, 0..1. */
function bigramSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let common = 0;
  for (const g of ga) if (gb.has(g)) common++;
  return (2 * common) / (ga.size + gb.size);
}

// Below this, pinyin names mostly share only common syllables (-an, -ng, sh-).
const MIN_ENGLISH_SIMILARITY = 0.5;

/** Up to `limit` region names (nameZh), most similar first; ties keep input order. */
export function suggestRegions(text: string, regions: readonly RegionInput[], limit = 3): string[] {
  const isLatin = /^[\p{Script=Latin}\s'’\-.]+$/u.test(text.normalize("NFKC").trim());
  const scored = regions.map((region, index) => {
    let score: number;
    if (isLatin) {
      const similarity = bigramSimilarity(englishKey(text), englishKey(region.nameEn));
      score = similarity >= MIN_ENGLISH_SIMILARITY ? similarity : 0;
    } else {
      const query = regionKey(text);
      score = Math.max(...[region.nameZh, ...region.aliases].map((n) => sharedChars(query, regionKey(n))));
    }
    return { name: region.nameZh, score, index };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.name);
}
