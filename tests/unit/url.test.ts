import { describe, expect, it } from "vitest";
import { isHttpUrl, isLinkUrl, parseUrl } from "@/lib/util/url";

// One URL rule for evidence links (http/https), commentary links (also mailto) and headers.
describe("the URL rule", () => {
  it.each([
    // url, evidence link (isHttpUrl), commentary link (isLinkUrl)
    ["https://www.ndrc.gov.cn/xxgk/zcfb/ghwb/201605/t20160504_962205.html", true, true],
    ["HTTP://A.EXAMPLE/a?b=c#d", true, true],
    ["  https://a.example  ", true, true],
    ["mailto:x@y.z", false, true],
    ["ftp://a.example/file", false, false],
    ["javascript:alert(1)", false, false],
    ["JaVaScRiPt:alert(1)", false, false],
    ["java\tscript:alert(1)", false, false],
    ["https://a.example/\nx", false, false],
    ["data:text/html,<script>alert(1)</script>", false, false],
    ["vbscript:msgbox(1)", false, false],
    ["file:///etc/passwd", false, false],
    ["//a.example", false, false],
    ["/relative/path", false, false],
    ["a.example", false, false],
    ["https://", false, false],
    ["", false, false],
  ])("%j → evidence %s, commentary %s", (url, http, link) => {
    expect(isHttpUrl(url)).toBe(http);
    expect(isLinkUrl(url)).toBe(link);
  });

  it("parseUrl: a URL object, or null for what does not parse", () => {
    expect(parseUrl("http://localhost:3202/x")?.origin).toBe("http://localhost:3202");
    expect(parseUrl("/x")).toBeNull();
    expect(parseUrl("")).toBeNull();
    expect(parseUrl(undefined)).toBeNull();
    expect(parseUrl(null)).toBeNull();
  });
});
