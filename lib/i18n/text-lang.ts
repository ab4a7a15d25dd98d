// Text entered by people (sources, notes, figures as published, aliases) is in whatever
// language it was written. Marking a Chinese run with lang lets screen readers switch
// voice and lets the English pages be checked for leaked Chinese UI text.

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** "zh-CN" when the text holds Chinese characters or punctuation, else undefined (inherit). */
export function textLang(text: string | null | undefined): "zh-CN" | undefined {
  return text && CJK.test(text) ? "zh-CN" : undefined;
}
