import { describe, expect, it } from "vitest";
import { cssString, footerCss, pageCounterContent } from "@/lib/pdf/footer-css";

describe("the PDF footer as page-margin boxes", () => {
  it.each([
    ["成渝中心城市人口年度监测", `"成渝中心城市人口年度监测"`],
    [`a "quoted" \\ title`, `"a \\"quoted\\" \\\\ title"`],
    ["two\nlines\u0007", `"two\\A lines"`],
  ])("cssString(%j)", (text, css) => {
    expect(cssString(text)).toBe(css);
  });

  it.each([
    ["第{page}/{pages}页", `"第" counter(page) "/" counter(pages) "页"`],
    ["Page {page} of {pages}", `"Page " counter(page) " of " counter(pages)`],
    ["{page}", "counter(page)"],
  ])("pageCounterContent(%j)", (label, css) => {
    expect(pageCounterContent(label)).toBe(css);
  });

  it("puts the full title bottom left and generated-at with page x of y bottom right, in the web font", () => {
    const css = footerCss({ title: "成渝中心城市人口年度监测", generated: "生成于 2026年11月30日 15:20（北京时间）", pageOf: "第{page}/{pages}页" });
    expect(css).toContain(`@bottom-left { content: "成渝中心城市人口年度监测";`);
    expect(css).toContain(`@bottom-right { content: "生成于 2026年11月30日 15:20（北京时间） · " "第" counter(page) "/" counter(pages) "页";`);
    expect(css).toContain(`font-family: "Noto Sans SC"`);
  });
});
