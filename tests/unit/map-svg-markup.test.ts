// The cluster map's SVG string: structure and escaping of everything from the database.
import { describe, expect, it } from "vitest";
import type { ClusterMap } from "@/lib/map/cluster-map";
import { clusterMapMarkup } from "@/lib/map/svg-markup";
import { escapeXml } from "@/lib/util/markup";

describe("escapeXml", () => {
  it.each([
    ["绵阳市", "绵阳市"],
    [`<script>alert("x")</script>`, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"],
    ["A & B's", "A &amp; B&#39;s"],
  ])("%s", (s, want) => {
    expect(escapeXml(s)).toBe(want);
  });
});

describe("clusterMapMarkup", () => {
  const map: ClusterMap = {
    width: 100,
    height: 80,
    cities: [{ adcode: "510700", nameZh: "绵阳市", nameEn: "Mianyang", x: 10, y: 20, r: 8, status: "exceeded", fill: "#cc79a7", labelled: true }],
    others: [{ adcode: "X1", nameZh: `<img src=x onerror="alert(1)">`, nameEn: "x", x: 30, y: 40, labelled: true }],
    cores: [{ adcode: "510100", nameZh: "成都市", nameEn: "Chengdu", x: 50, y: 60, path: "M50,49Z" }],
    axes: [{ key: "yangtze", points: "1,2 3,4" }],
  };
  const svg = clusterMapMarkup(map, {
    title: "示意图",
    label: (p) => p.nameZh.replace(/市$/, ""),
    name: (p) => p.nameZh,
    status: () => "超出上限",
    coreSuffix: "核心城市",
    href: (adcode) => `/regions/${adcode}?asOf=2019-12-31&x="y"`,
  });

  it("draws each part once, cities as linked coloured circles", () => {
    expect(svg.startsWith(`<svg viewBox="0 0 100 80"`)).toBe(true);
    expect(svg).toContain(`<polyline points="1,2 3,4" class="map-axis map-axis--yangtze"/>`);
    expect(svg).toContain(`data-testid="map-city" data-adcode="510700" data-status="exceeded"`);
    expect(svg).toContain(`<circle cx="10" cy="20" r="8" fill="#cc79a7" class="map-city map-city--exceeded"><title>绵阳市：超出上限</title></circle>`);
    expect(svg).toContain(`<text x="21" y="24" class="map-label">绵阳</text>`);
    expect(svg).toContain(`<title>成都市 · 核心城市</title>`);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("is a group, not an image, and names every link for keyboard and screen-reader users", () => {
    expect(svg).toContain(`role="group"`);
    expect(svg).not.toContain(`role="img"`);
    expect(svg).toContain(`data-status="exceeded" aria-label="绵阳市：超出上限">`);
    expect(svg).toContain(`class="map-core" aria-label="成都 · 核心城市"`);
  });

  it("escapes names and links", () => {
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(svg).toContain(`href="/regions/510700?asOf=2019-12-31&amp;x=&quot;y&quot;"`);
  });
});
