// The overview's text around its loaded parts (components/progress/overview-text.ts):
// the counts and one card per target year, the matrix notes, the map's chips and table,
// the baseline cards; names from the database escaped. Expected markup written by hand.
import { describe, expect, it } from "vitest";
import { overviewText, type OverviewTextInput } from "@/components/progress/overview-text";
import type { IndicatorSummary } from "@/lib/data/indicators";
import { dictionary } from "@/lib/i18n/dictionary";
import { countStatuses } from "@/lib/progress/rollup";
import { observationSummary } from "../support/observation-summary";

const indicator = (code: string, nameZh: string, nameEn: string) => ({ code, nameZh, nameEn, unit: "万人" }) as IndicatorSummary;
const AREA: [string, string, string] = ["AREA", "规划区", "Plan area"];
const figure = (indicatorCode: string, year: number, value: number) => observationSummary(AREA, indicatorCode, year, value, "万人");

const input = (o: { hiddenRows?: number; hiddenColumns?: number; cities?: number; mapIndicator?: string; groups2030?: boolean } = {}): OverviewTextInput => ({
  model: {
    counts: countStatuses(["achieved", "achieved", "off_track"]),
    total: 3,
    groups: [
      { targetYear: 2020, phase: "final", total: 2, counts: countStatuses(["achieved", "achieved"]) },
      ...(o.groups2030 ? [{ targetYear: 2030, phase: "schedule" as const, total: 1, counts: countStatuses(["off_track"]) }] : []),
    ],
    indicators: ["pop"],
    populations: new Map([["510700", 141.97]]),
    matrix: { hiddenRows: o.hiddenRows ?? 0, hiddenColumns: o.hiddenColumns ?? 0 },
  },
  map: {
    cities: Array.from({ length: o.cities ?? 1 }, (_, i) =>
      i === 0
        ? { adcode: "510700", nameZh: "绵阳<市>", nameEn: "Mianyang", status: "achieved" as const }
        : { adcode: `5${i}`, nameZh: `城${i}`, nameEn: `C${i}`, status: null },
    ),
  },
  indicators: [indicator("pop", "人口 & <城镇>", "Population"), indicator("gdp", "GDP", "GDP")],
  cluster: [figure("pop", 2014, 9000), figure("pop", 2020, 9800)],
  baselineCards: [{ indicator: "pop" }],
  mapIndicator: o.mapIndicator,
  summary: { plan: { baseYear: 2014, outlookYear: 2030 } },
});

const links = {
  query: (extra: Record<string, string | undefined>) =>
    `/progress?plan=p${Object.entries(extra)
      .map(([k, v]) => (v ? `&${k}=${v}` : ""))
      .join("")}`,
};

describe("overview text", () => {
  it("the status section: the heading, the counts of every target, one card per target year and the outlook without targets", () => {
    const { status } = overviewText(input(), dictionary.zh, "zh", links);
    expect(status.startsWith('<h2>目标状态</h2><div class="status-counts" data-testid="status-counts"><span class="muted small">共3项目标</span>')).toBe(true);
    expect(status).toContain(
      '<div class="card phase phase--final" data-testid="phase-2020"><h3>2020年目标 · 终期评估</h3><p class="muted small">目标年已过：按2020年（缺失时取前后一年）的数据判断是否完成。</p><div class="status-counts"><span class="muted small">共2项目标</span>',
    );
    expect(status).toContain(
      '<div class="card phase phase--schedule" data-testid="phase-2030"><h3>2030年展望</h3><p class="muted small">规划仅为区域中心城市设定了2020年量化目标',
    );
    // with 2030 targets their card instead of the outlook note
    const with2030 = overviewText(input({ groups2030: true }), dictionary.en, "en", links).status;
    expect(with2030).toContain('data-testid="phase-2030"><h3>2030 targets · schedule</h3>');
    expect(with2030).not.toContain("Outlook 2030");
  });

  it("matrix notes only for hidden rows or columns, each with its link keeping the other size", () => {
    expect(overviewText(input(), dictionary.zh, "zh", links).matrixNotes).toBe("");
    expect(overviewText(input({ hiddenRows: 12, hiddenColumns: 3 }), dictionary.zh, "zh", { ...links, rows: "20" }).matrixNotes).toBe(
      '<p class="muted small">另有3列（较晚目标年或其他指标）未显示。 <a href="/progress?plan=p&amp;cols=all&amp;rows=20">显示全部列</a></p>' +
        '<p class="muted small">另有12个地区未显示（按状态由差到好排序）。 <a href="/progress?plan=p&amp;rows=all">显示全部地区</a></p>',
    );
  });

  it("chips: all targets, then the indicators with targets only, the chosen one marked, names escaped", () => {
    expect(overviewText(input({ mapIndicator: "pop" }), dictionary.zh, "zh", links).chips).toBe(
      '<span class="muted small">着色依据：</span><a class="chip" href="/progress?plan=p">全部目标（取最差状态）</a>' +
        '<a class="chip chip--active" href="/progress?plan=p&amp;map=pop">人口 &amp; &lt;城镇&gt;</a>',
    );
  });

  it("the map's caption: the key, then a table of the cities, or for more than 60 a pointer to the matrix", () => {
    const few = overviewText(input(), dictionary.zh, "zh", links).mapCaption;
    expect(few.startsWith('<ul class="map-status-key"')).toBe(true);
    expect(few).toContain('<tr><td>绵阳&lt;市&gt;</td><td>已完成</td><td class="num">141.97 万人</td></tr>');
    const many = overviewText(input({ cities: 61 }), dictionary.en, "en", links).mapCaption;
    expect(many).not.toContain("<table");
    expect(many).toContain("the regions × targets table above gives each city&#39;s status.");
  });

  it("the baseline section: the base year's card beside the latest after it", () => {
    const { baseline } = overviewText(input(), dictionary.zh, "zh", links);
    expect(baseline.startsWith('<h2>基期与最新数据</h2><p class="muted small">')).toBe(true);
    expect(baseline).toContain('<section data-testid="progress-baseline">');
    expect(baseline).toContain('<div class="stat__label">人口 &amp; &lt;城镇&gt;</div><div class="stat__value">9,000 万人</div>');
    expect(baseline).toContain('<section data-testid="progress-latest">');
    expect(baseline).toContain('<div class="stat__label">人口 &amp; &lt;城镇&gt; · 2020</div><div class="stat__value">9,800 万人</div>');
  });
});
