// Text entered by people (sources, notes, figures as published, aliases) is in whatever
// language it was written. Marking a Chinese run with lang lets screen readers switch
// voice and lets the English pages be checked for leaked Chinese UI text.

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** "zh-CN" when the text holds Chinese characters or punctuation, else undefined (inherit). */
export function textLang(text: string | null | undefined): "zh-CN" | undefined {
  return text && CJK.test(text) ? "zh-CN" : undefined;
}

const CJK_RUN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+(?:[\s·、，。：；]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)*)/;

/** Splits text into runs, marking the Chinese ones: "人 ↔ 万人 …" → [{zh "人"}, " ↔ ", {zh "万人"}, " …"]. */
export function splitChineseRuns(text: string): { text: string; zh: boolean }[] {
  return text
    .split(CJK_RUN)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, zh: CJK_RUN.test(part) && part.match(CJK_RUN)![0] === part }));
}
