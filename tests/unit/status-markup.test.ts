// Status chips, counts, legend, the map's key and chips as markup strings: the same
// markup the React elements drew before, escaped, in both languages.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mapKeyMarkup } from "@/components/map/map-key-markup";
import { mapChipsMarkup } from "@/components/progress/overview-text";
import { StatusChip } from "@/components/progress/status-chip";
import { StatusCounts } from "@/components/progress/status-counts";
import { StatusLegend } from "@/components/progress/status-legend";
import { dictionary } from "@/lib/i18n/dictionary";
import { countStatuses } from "@/lib/progress/rollup";

describe("status chip", () => {
  it("draws the dot, the glyph, the label and the count", () => {
    expect(renderToStaticMarkup(createElement(StatusChip, { status: "achieved", locale: "zh", count: 3 }))).toBe(
      '<span class="status status--green" data-status="achieved"><span class="status__dot" aria-hidden="true"></span>' +
        '<span class="status__glyph" aria-hidden="true">✓</span>已完成<strong class="status__count">3</strong></span>',
    );
  });

  it("carries a title, and no count when none is given", () => {
    expect(renderToStaticMarkup(createElement(StatusChip, { status: "off_track", locale: "en", title: "a & b" }))).toBe(
      '<span class="status status--red" data-status="off_track" title="a &amp; b"><span class="status__dot" aria-hidden="true"></span>' +
        '<span class="status__glyph" aria-hidden="true">↓</span>Off track</span>',
    );
  });
});

describe("status counts", () => {
  it("shows the total, then only the statuses present, worst last in the one order", () => {
    const html = renderToStaticMarkup(
      createElement(StatusCounts, {
        counts: countStatuses(["achieved", "off_track", "achieved", "achieved"]),
        total: 4,
        t: dictionary.zh,
        locale: "zh",
        testId: "status-counts",
      }),
    );
    expect(html.startsWith('<div class="status-counts" data-testid="status-counts"><span class="muted small">共4项目标</span>')).toBe(true);
    expect([...html.matchAll(/data-status="(\w+)"/g)].map((m) => m[1])).toEqual(["achieved", "off_track"]);
    expect([...html.matchAll(/status__count">(\d+)</g)].map((m) => m[1])).toEqual(["3", "1"]);
  });

  it("reads naturally in English", () => {
    const html = renderToStaticMarkup(createElement(StatusCounts, { counts: countStatuses(["no_data", "no_data"]), total: 2, t: dictionary.en, locale: "en" }));
    expect(html).toContain('<span class="muted small">2 targets</span>');
    expect(html).toContain("No data<strong");
  });
});

describe("status legend", () => {
  it("lists all ten statuses under its title", () => {
    const html = renderToStaticMarkup(createElement(StatusLegend, { t: dictionary.zh, locale: "zh" }));
    expect(html).toContain('aria-label="图例" data-testid="status-legend"><span class="muted small">图例：</span>');
    expect(html.match(/class="status status--/g)).toHaveLength(10);
    expect(html).not.toContain("status__count");
  });
});

describe("map key", () => {
  it("has every status then 'no target', each with its fill", () => {
    const html = mapKeyMarkup(dictionary.zh, "zh");
    expect(html.match(/<li class="map-key"/g)).toHaveLength(11);
    expect(html).toContain('<li class="map-key" data-status="not_achieved" data-fill="#8c1d18">');
    expect(html).toContain(
      'data-status="none" data-fill="#ffffff"><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill="#ffffff" class="map-city map-city--none"></circle></svg>无目标</li>',
    );
    expect(html).toContain("沿江城市带");
  });
});

describe("map chips", () => {
  it("are plain links, the active one marked, names and addresses escaped", () => {
    const html = mapChipsMarkup("着色依据：", [
      { href: "/progress?plan=a&map=x", label: "全部", active: false },
      { href: "/progress?plan=a&map=y", label: "<b>GDP</b>", active: true },
    ]);
    expect(html).toBe(
      '<span class="muted small">着色依据：</span><a class="chip" href="/progress?plan=a&amp;map=x">全部</a>' +
        '<a class="chip chip--active" href="/progress?plan=a&amp;map=y">&lt;b&gt;GDP&lt;/b&gt;</a>',
    );
  });
});
