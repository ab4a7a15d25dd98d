import { describe, expect, it } from "vitest";
import { figuresTableMarkup } from "@/components/reports/figures-table-markup";
import type { ReportFigure } from "@/lib/data/report-figures";
import { dictionary } from "@/lib/i18n/dictionary";

const figure = (over: Partial<ReportFigure>): ReportFigure => ({
  indicator: "urban_population",
  indicatorNameZh: "城镇人口",
  indicatorNameEn: "Urban population",
  unit: "万人",
  region: { adcode: "510100", nameZh: "成都市", nameEn: "Chengdu" },
  year: 2020,
  value: 1334.98,
  valueText: "1334.98",
  source: "四川统计年鉴2021",
  note: null,
  flags: [],
  version: 1,
  recordedAt: "2021-09-01T00:00:00.000Z",
  publishedAt: "2021-09-01T00:00:00.000Z",
  valueAsEntered: null,
  unitAsEntered: null,
  ...over,
});

const headZh = '<th>地区</th><th>指标</th><th class="num">年份</th><th class="num">数值</th><th>单位</th><th>标记</th><th>来源</th>';

describe("figuresTableMarkup", () => {
  it("draws one row per figure, Chinese text marked as such", () => {
    expect(figuresTableMarkup([figure({})], dictionary.zh, "zh")).toBe(
      `<table class="data report-table" data-testid="report-figures"><thead><tr>${headZh}</tr></thead><tbody>` +
        '<tr><td class="figure-region">成都市</td><td class="figure-indicator">城镇人口</td><td class="num">2020</td><td class="num">1,334.98</td>' +
        '<td class="unit">万人</td><td></td>' +
        '<td class="small source-cell" title="四川统计年鉴2021"><div class="source-cell__text" lang="zh-CN">四川统计年鉴2021</div></td></tr>' +
        "</tbody></table>",
    );
  });

  it("in English: names, unit and flags in English, an English source without lang, the note under it and in the title", () => {
    const out = figuresTableMarkup([figure({ flags: ["estimated"], source: "NBS yearbook 2021", note: "按常住人口" })], dictionary.en, "en");
    expect(out).toContain(
      '<tr><td class="figure-region">Chengdu</td><td class="figure-indicator">Urban population</td><td class="num">2020</td><td class="num">1,334.98</td>' +
        '<td class="unit">10,000 people</td><td><span class="tag tag--flag">Estimated</span></td>' +
        '<td class="small source-cell" title="NBS yearbook 2021\n按常住人口"><div class="source-cell__text">NBS yearbook 2021</div>' +
        '<div class="muted source-cell__text" lang="zh-CN">按常住人口</div></td></tr>',
    );
    expect(out).toContain("<th>Region</th><th>Indicator</th>");
  });

  it("escapes what people typed: a source or note cannot add markup", () => {
    const out = figuresTableMarkup([figure({ source: '<img src=x onerror="alert(1)">', note: "a & b's" })], dictionary.en, "en");
    expect(out).not.toContain("<img");
    expect(out).toContain('<div class="source-cell__text">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</div>');
    expect(out).toContain('title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;\na &amp; b&#39;s"');
  });

  it("shows an unknown flag as written", () => {
    expect(figuresTableMarkup([figure({ flags: ["revised_2022"] })], dictionary.zh, "zh")).toContain(
      '<td><span class="tag tag--flag">revised_2022</span></td>',
    );
  });
});
