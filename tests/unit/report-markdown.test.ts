import { describe, expect, it } from "vitest";
import { isLinkUrl } from "@/lib/util/url";
import { renderMarkdown } from "@/lib/reports/markdown";

describe("commentary markdown", () => {
  it("renders ordinary markdown", () => {
    expect(renderMarkdown("## 结论\n\n**泸州** 人口 _增长_")).toBe("<h2>结论</h2>\n<p><strong>泸州</strong> 人口 <em>增长</em></p>\n");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", "<script"],
    ["an inline handler", '<img src=x onerror="alert(1)">', "<img"],
    ["an iframe", "<iframe src=https://evil.example></iframe>", "<iframe"],
  ])("escapes %s instead of emitting it", (_l, source, forbidden) => {
    const html = renderMarkdown(source);
    expect(html).not.toContain(forbidden);
    expect(html).toContain("&lt;");
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](/regions/510500)",
    "[x](//evil.example/)",
    "![x](javascript:alert(1))",
  ])("drops the link in %s", (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toContain("<a ");
    expect(html).not.toMatch(/href=/);
  });

  it("keeps http, https and mailto links, with rel noreferrer so no share token leaks", () => {
    const html = renderMarkdown("[年鉴](https://www.stats.gov.cn/) [邮件](mailto:a@example.com) http://example.org");
    expect(html).toContain('<a href="https://www.stats.gov.cn/" rel="noopener noreferrer nofollow" target="_blank">年鉴</a>');
    expect(html).toContain('href="mailto:a@example.com"');
    expect(html).toContain('href="http://example.org"');
  });

  it("turns images into links so no reader fetches a third-party URL", () => {
    expect(renderMarkdown("![图](https://example.org/a.png)")).toBe(
      '<p><a href="https://example.org/a.png" rel="noopener noreferrer nofollow" target="_blank">图</a></p>\n',
    );
  });

  it.each([
    ["https://a.example", true],
    ["HTTP://A.EXAMPLE", true],
    ["mailto:x@y.z", true],
    ["ftp://a.example", false],
    ["javascript:alert(1)", false],
    ["relative/path", false],
  ])("isLinkUrl(%s) = %s", (url, ok) => expect(isLinkUrl(url)).toBe(ok));
});
