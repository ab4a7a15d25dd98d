// The heat matrix's HTML string: structure (what the overview and its tests rely on),
// empty cells, and escaping of everything from the database.
import { describe, expect, it } from "vitest";
import type { HeatMatrix } from "@/lib/progress/heat-matrix";
import { heatMatrixMarkup } from "@/components/progress/heat-matrix-markup";
import { memoPerObject } from "@/lib/util/memo";

const matrix: HeatMatrix = {
  columns: [
    { key: "pop|2020", indicator: "pop", nameZh: "人口", nameEn: "Population", unit: "万人", targetYear: 2020, phase: "final" },
    { key: "land|2030", indicator: "land", nameZh: `<b>用地</b>`, nameEn: "Land", unit: "km²", targetYear: 2030, phase: "schedule" },
  ],
  groups: [
    { targetYear: 2020, phase: "final", span: 1 },
    { targetYear: 2030, phase: "schedule", span: 1 },
  ],
  rows: [
    {
      adcode: "510500",
      nameZh: "泸州市",
      nameEn: "Luzhou",
      worst: "not_achieved",
      cells: [{ targetId: 1, status: "not_achieved", color: "red", value: 161.97, year: 2020, completion: 0.571 }, null],
    },
    {
      adcode: "X&1",
      nameZh: `A "quoted" <name>`,
      nameEn: "x",
      worst: "on_track",
      cells: [null, { targetId: 2, status: "on_track", color: "green", value: null, year: null, completion: null }],
    },
  ],
  hiddenRows: 0,
  hiddenColumns: 0,
};

const html = heatMatrixMarkup(matrix, {
  caption: "地区 × 目标",
  region: "地区",
  group: (g) => `${g.targetYear}年目标`,
  columnName: (c) => c.nameZh,
  rowName: (r) => r.nameZh,
  status: (s) => ({ not_achieved: "未完成", on_track: "按序时推进" })[s as "on_track"] ?? s,
  value: (v, c) => `${v} ${c.unit}`,
  none: "—",
  indicatorHref: (indicator, anchor) => `/progress/indicators/${indicator}?asOf=2019-12-31${anchor ? `#${anchor}` : ""}`,
  regionHref: (adcode) => `/regions/${adcode}`,
});

describe("heatMatrixMarkup", () => {
  it("is one table: group headers, linked column and row headers", () => {
    expect(html.startsWith(`<table class="data heat" data-testid="heat-matrix"><caption class="sr-only">地区 × 目标</caption>`)).toBe(true);
    expect(html).toContain(`<th colspan="1" scope="colgroup" class="heat__group heat__group--final">2020年目标</th>`);
    expect(html).toContain(`<th scope="col"><a href="/progress/indicators/pop?asOf=2019-12-31">人口</a></th>`);
    expect(html).toContain(`<tr data-region="510500"><th scope="row"><a href="/regions/510500" data-testid="heat-row-link">泸州市</a></th>`);
    expect(html.endsWith("</tbody></table>")).toBe(true);
  });

  it("names the status in words beside the colour, with the figure and its year, linking to the city's chart", () => {
    expect(html).toContain(
      `<td class="heat__cell heat__cell--red" data-status="not_achieved" data-target="1" data-completion="57.1%"><a href="/progress/indicators/pop?asOf=2019-12-31#r-510500"><span class="heat__label"><span class="heat__glyph" aria-hidden="true">✗</span> 未完成</span><span class="heat__value">161.97 万人 (2020)</span></a></td>`,
    );
    // a target without a figure: the status only
    expect(html).toContain(`<span class="heat__label"><span class="heat__glyph" aria-hidden="true">→</span> 按序时推进</span></a></td>`);
  });

  it("marks cells without a target", () => {
    expect(html.match(/<td class="heat__cell heat__cell--empty">—<\/td>/g)).toHaveLength(2);
  });

  it("escapes names, codes and links", () => {
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;用地&lt;/b&gt;");
    expect(html).toContain(`<tr data-region="X&amp;1">`);
    expect(html).toContain("A &quot;quoted&quot; &lt;name&gt;");
  });
});

describe("memoPerObject", () => {
  it("builds once per source and key, again for a new source", () => {
    const memo = memoPerObject<object, string>();
    let builds = 0;
    const build = () => `v${++builds}`;
    const a = {};
    expect(memo(a, "zh", build)).toBe("v1");
    expect(memo(a, "zh", build)).toBe("v1");
    expect(memo(a, "en", build)).toBe("v2");
    expect(memo({}, "zh", build)).toBe("v3");
  });

  it("keeps at most maxKeys values per source, dropping the oldest first (keys come from URLs)", () => {
    const memo = memoPerObject<object, string>(3);
    let builds = 0;
    const build = () => `v${++builds}`;
    const a = {};
    for (const key of ["k1", "k2", "k3"]) memo(a, key, build);
    expect(memo(a, "k1", build)).toBe("v1"); // still there: three keys
    expect(memo(a, "k4", build)).toBe("v4"); // a fourth drops the oldest, k1
    expect(memo(a, "k2", build)).toBe("v2");
    expect(memo(a, "k1", build)).toBe("v5"); // built again, dropping the oldest left, k2
    expect(memo(a, "k3", build)).toBe("v3");
    expect(memo(a, "k2", build)).toBe("v6");
  });
});
