// The PDF's running footer as CSS page-margin boxes of the printed page itself.
// Why not chromium's footerTemplate: that template is drawn in a separate document that
// loads no web font, and the machine has no CJK system font, so every Chinese glyph of the
// footer came out as the .notdef box; the text layer then mapped that one shared glyph to
// a single code point (the first Chinese character), which is why pdftotext lost exactly
// one glyph (成 of 成渝…). Margin boxes are laid out in the page's own document, with the
// web font it has loaded. Pure: labels in, a stylesheet out.

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A, controls dropped. */
export function cssString(text: string): string {
  const body = [...text]
    .map((c) => {
      if (c === "\\" || c === '"') return `\\${c}`;
      if (c === "\n") return "\\A ";
      return c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? "" : c;
    })
    .join("");
  return `"${body}"`;
}

/** "第{page}/{pages}页" → `"第" counter(page) "/" counter(pages) "页"` (empty literals left out). */
export function pageCounterContent(pageOf: string): string {
  return pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
}

/** The @page rule: the report title bottom left, generated-at and page x of y bottom right. */
export function footerCss(labels: { title: string; generated: string; pageOf: string }): string {
  const box = `font-family: "Noto Sans SC", sans-serif; font-size: 7.5px; color: #52606d; vertical-align: top; padding-top: 4mm;`;
  return (
    `@page {` +
    ` @bottom-left { content: ${cssString(labels.title)}; ${box} white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }` +
    ` @bottom-right { content: ${cssString(`${labels.generated} · `)} ${pageCounterContent(labels.pageOf)}; ${box} white-space: nowrap; text-align: right; }` +
    ` }`
  );
}
