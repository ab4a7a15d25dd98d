// The overview's headline cards come from the plan's own data (Plan.baselineCards and
// comparisonRegionCodes), not from codes written into the component.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BaselineCards } from "@/components/plan/baseline-cards";
import { dictionary } from "@/lib/i18n/dictionary";
import { observationSummary } from "../support/observation-summary";

const obs = observationSummary;
const AREA: [string, string, string] = ["AREA", "规划区", "Plan area"];
const WEST: [string, string, string] = ["W", "西部地区", "Western China"];
const CN: [string, string, string] = ["N", "全国", "China (national)"];

const render = (locale: "zh" | "en", comparisonRegions: string[]) =>
  renderToStaticMarkup(
    createElement(BaselineCards, {
      title: "t",
      note: "n",
      year: 2014,
      cards: [{ indicator: "gdp", share: "gdp_share" }, { indicator: "density", compare: true }, { indicator: "absent" }],
      cluster: [obs(AREA, "gdp", 2014, 37600, "亿元"), obs(AREA, "gdp_share", 2014, 5.49, "%"), obs(AREA, "density", 2014, 1.09, "个/万km²")],
      comparisons: [obs(WEST, "density", 2014, 0.25, "个/万km²"), obs(CN, "density", 2014, 0.6, "个/万km²")],
      comparisonRegions,
      indicators: [],
      t: dictionary[locale],
      locale,
      testId: "baseline",
    }),
  );

describe("BaselineCards", () => {
  it("shows the plan's cards in its order, with the share and the comparison regions in theirs", () => {
    const html = render("zh", ["W", "N"]);
    expect(html.indexOf("37,600 亿元")).toBeLessThan(html.indexOf("1.09"));
    expect(html).toContain("5.49%");
    expect(html).toContain("西部地区 0.25 个/万km²，全国 0.6 个/万km²");
    expect(html).not.toContain("absent");
  });

  it("no comparison regions, or one without a figure: no comparison line", () => {
    expect(render("zh", [])).not.toContain("西部地区");
    expect(render("zh", ["W", "MISSING"])).not.toContain("西部地区");
  });
});
