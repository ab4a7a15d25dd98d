import { splitChineseRuns } from "@/lib/i18n/text-lang";

/** UI text quoting Chinese input examples ("泸州市, 泸州") on an English page: each Chinese run carries lang="zh-CN". */
export function MixedLangText({ text }: { text: string }) {
  return (
    <>
      {splitChineseRuns(text).map((r, i) =>
        r.zh ? (
          <span key={i} lang="zh-CN">
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
