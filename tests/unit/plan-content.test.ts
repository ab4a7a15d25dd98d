// Checks the seeded plan content (the plan document prisma/plans/chengyu-2016.json) against the plan
// text itself (prisma/seed-data/plan-text-zh.txt): every Chinese string must be
// verbatim, every number must be the one the plan states, and the structure must
// match the plan's table of contents and boxes (专栏1–3).

import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { GoalDocument, PlanDocument } from "@/lib/plan-document/schema";
import { parsePlanDocumentText } from "@/lib/plan-document/parse";

// The plan's content is the plan document prisma/plans/chengyu-2016.json, read through the
// same parser as an upload; below it is seen in the shapes these checks were written for.
const parsed = parsePlanDocumentText(readFileSync(path.resolve(import.meta.dirname, "../../prisma/plans/chengyu-2016.json"), "utf8"));
if (!parsed.ok) throw new Error(`chengyu-2016.json: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
const doc: PlanDocument = parsed.document;
type GoalKind = GoalDocument["kind"];
type RegionRoleKind = PlanDocument["roles"][number]["role"];
interface GoalSeed extends Omit<GoalDocument, "regions" | "children"> {
  regions?: { adcode: string; labelZh: string }[];
  children?: GoalSeed[];
}
const toSeed = (g: GoalDocument): GoalSeed => ({
  ...g,
  regions: g.regions?.map((r) => ({ adcode: r.region, labelZh: r.labelZh })),
  children: g.children?.map(toSeed),
});
const plan = doc;
const goals: GoalSeed[] = doc.goals.map(toSeed);
const regionRoles = doc.roles.map((r) => ({ ...r, adcode: r.region }));
const indicators = doc.indicators;
const targets = doc.targets.map((t) => ({ ...t, adcode: t.region }));
const baselineObservations = doc.baselineFigures.map((b) => ({ ...b, adcode: b.region }));

// ---------------------------------------------------------------------------
// The plan text
// ---------------------------------------------------------------------------

const seedDir = path.resolve(import.meta.dirname, "../../prisma/seed-data");

/** Remove all whitespace (the text comes from a PDF extraction with stray spaces). */
const norm = (s: string): string => s.replace(/\s+/gu, "");

const rawText = readFileSync(path.join(seedDir, "plan-text-zh.txt"), "utf8");
const planText = norm(rawText);
/** Non-empty paragraphs (lines) of the text, whitespace removed. */
const lines = rawText
  .split(/\r?\n/u)
  .map(norm)
  .filter((l) => l.length > 0);

function lineIndex(predicate: (l: string) => boolean, from = 0): number {
  const i = lines.findIndex((l, idx) => idx >= from && predicate(l));
  if (i < 0) throw new Error(`line not found after ${from}: ${predicate.toString()}`);
  return i;
}

/** Lines strictly between the heading line and the first line matching `end`. */
function block(heading: string, end: (l: string) => boolean): string[] {
  const start = lineIndex((l) => l === heading);
  const stop = lineIndex(end, start + 1);
  return lines.slice(start + 1, stop);
}

const prefaceLine = lines[lineIndex((l) => l.startsWith("成渝城市群是西部大开发的重要平台"))]!;
const townSystemLine = lines[lineIndex((l) => l.startsWith("城镇体系日趋健全。"))]!;

// 专栏1: "万州。沿江城市带的区域中心城市。 2020年中心城区城市人口 150万人,城市建设用地 130平方公里"
const box1Pattern = /^(\p{Script=Han}+)。(.+?)。2020年中心城区城市人口(\d+(?:\.\d+)?)万人,城市建设用地(\d+(?:\.\d+)?)平方公里$/u;
const box1Lines = block("专栏1区域中心城市功能定位和规模", (l) => l.startsWith("建设重要节点城市。"));
const box1 = box1Lines.map((l) => {
  const m = box1Pattern.exec(l);
  if (!m) throw new Error(`unparsed 专栏1 line: ${l}`);
  return { label: m[1]!, role: m[2]!, population: Number(m[3]), land: Number(m[4]) };
});

// 专栏2: "涪陵。重庆重要的先进制造业基地,区域综合交通枢纽,宜居宜业的山水园林之城"
const box2Lines = block("专栏2重要节点城市功能定位", (l) => l.startsWith("培育发展一批小城市。"));
const box2 = box2Lines.map((l) => {
  const m = /^(\p{Script=Han}+?)。(.+)$/u.exec(l);
  if (!m) throw new Error(`unparsed 专栏2 line: ${l}`);
  return { label: m[1]!, text: m[2]! };
});

// 专栏3: a title line "推进广安、合川、北碚合作" followed by its paragraph.
const box3Lines = block("专栏3推进川渝毗邻区域合作发展", (l) => l === "&" || l.startsWith("第四章"));
const box3: { title: string; members: string[]; text: string }[] = [];
for (let i = 0; i < box3Lines.length; i += 2) {
  const title = box3Lines[i]!;
  const m = /^推进(.+)合作$/u.exec(title);
  if (!m) throw new Error(`unparsed 专栏3 title: ${title}`);
  box3.push({ title, members: m[1]!.split("、"), text: box3Lines[i + 1]! });
}

// Table of contents: everything before the 前言 paragraph.
const numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
const toc: { chapter: number; title: string; sections: string[] }[] = [];
for (const l of lines.slice(0, lines.indexOf(prefaceLine))) {
  const ch = /^第([一二三四五六七八九])章(.+)$/u.exec(l);
  const sec = /^第([一二三四五六七八九])节(.+)$/u.exec(l);
  if (ch) toc.push({ chapter: numerals.indexOf(ch[1]!) + 1, title: ch[2]!, sections: [] });
  else if (sec) toc.at(-1)!.sections.push(sec[2]!);
}

// ---------------------------------------------------------------------------
// regions.csv
// ---------------------------------------------------------------------------

interface RegionRow {
  adcode: string;
  name_zh: string;
  aliases_zh: string;
}
const regionRows = parse(readFileSync(path.join(seedDir, "regions.csv"), "utf8"), {
  columns: true,
  skip_empty_lines: true,
}) as RegionRow[];
const regionByAdcode = new Map(regionRows.map((r) => [r.adcode, r]));
const SPECIAL_ADCODES = new Set(["CHENGYU", "CN-WEST", "100000"]);

/** Names under which a regions.csv row may appear in the plan: 成都市 → 成都, aliases 开州;开县 … */
function namesOf(row: RegionRow): string[] {
  const aliases = row.aliases_zh ? row.aliases_zh.split(";") : [];
  return [row.name_zh, row.name_zh.replace(/[市区县]$/u, ""), ...aliases];
}

// ---------------------------------------------------------------------------
// Helpers over the content
// ---------------------------------------------------------------------------

function flatten(tree: GoalSeed[], parent?: GoalSeed): { goal: GoalSeed; parent?: GoalSeed }[] {
  return tree.flatMap((goal) => [{ goal, parent }, ...flatten(goal.children ?? [], goal)]);
}
const allGoals = flatten(goals);
const goalsOfKind = (kind: GoalKind) => allGoals.map((g) => g.goal).filter((g) => g.kind === kind);
const goalByKey = (key: string): GoalSeed => {
  const g = allGoals.find((x) => x.goal.key === key)?.goal;
  if (!g) throw new Error(`no goal ${key}`);
  return g;
};
const rolesOf = (role: RegionRoleKind) => regionRoles.filter((r) => r.role === role);
const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));

const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe("plan text parsing (sanity)", () => {
  it("finds the boxes and the table of contents", () => {
    expect(box1).toHaveLength(7);
    expect(box2).toHaveLength(27);
    expect(box3).toHaveLength(4);
    expect(toc.map((c) => c.chapter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("plan", () => {
  it("has the document metadata", () => {
    expect(plan.slug).toBe("chengyu-2016");
    expect(plan.docNumber).toBe("发改规划〔2016〕910号");
    expect(plan.issueDate).toBe("2016-04-27");
    expect([plan.periodStart, plan.periodEnd, plan.outlookYear, plan.baseYear]).toEqual([2016, 2020, 2030, 2014]);
  });

  it.each([
    ["nameZh", plan.nameZh],
    ["scopeZh", plan.scopeZh],
  ])("%s occurs verbatim in the plan text", (_field, value) => {
    expect(planText).toContain(norm(value));
  });

  it("scopeZh is the scope sentence of the 前言", () => {
    expect(prefaceLine).toContain(norm(plan.scopeZh));
    expect(norm(plan.scopeZh)).toMatch(/^成渝城市群具体范围包括.*等15个市$/u);
  });

  it("sourceZh cites the plan's 前言", () => {
    expect(plan.sourceZh).toContain(`《${plan.nameZh}》`);
    expect(plan.sourceZh).toContain(plan.docNumber);
    expect(plan.sourceZh).toContain("前言");
  });
});

describe("goals: Chinese text is verbatim", () => {
  const zhFields = allGoals.flatMap(({ goal }) => [
    { key: goal.key, field: "titleZh", value: goal.titleZh },
    ...(goal.textZh === undefined ? [] : [{ key: goal.key, field: "textZh", value: goal.textZh }]),
    ...(goal.regions ?? []).map((r) => ({ key: goal.key, field: `region ${r.adcode}`, value: r.labelZh })),
  ]);

  it.each(zhFields)("$key $field occurs in the plan text", ({ value }) => {
    expect(value.trim()).not.toBe("");
    expect(planText).toContain(norm(value));
  });

  // textZh must be a whole paragraph, not a fragment: a paragraph of the text ends
  // with it, and whatever precedes it in that paragraph is the lead sentence.
  const withText = allGoals.map((g) => g.goal).filter((g) => g.textZh !== undefined);
  it.each(withText.map((g) => ({ key: g.key, goal: g })))("$key textZh is a complete paragraph", ({ goal }) => {
    const text = norm(goal.textZh!);
    const line = lines.find((l) => l.endsWith(text));
    expect(line, `no paragraph ends with textZh of ${goal.key}`).toBeDefined();
    const lead = line!.slice(0, line!.length - text.length);
    expect(lead === "" || lead.endsWith("。")).toBe(true);
    expect(lead.split("。").length).toBeLessThanOrEqual(2); // at most one lead sentence
  });
});

describe("goals: structure", () => {
  it("has unique keys, each nested under its parent's key", () => {
    const keys = allGoals.map((g) => g.goal.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { goal, parent } of allGoals) {
      if (parent) expect(goal.key.startsWith(`${parent.key}.`)).toBe(true);
      expect(goal.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/u);
    }
  });

  it.each<[GoalKind, number]>([
    ["overall_goal", 1],
    ["goal_area", 3],
    ["outlook", 1],
    ["positioning_overall", 1],
    ["positioning", 5],
    ["spatial_structure", 1],
    ["axis", 1],
    ["belt", 2],
    ["core", 2],
    ["zone", 3],
    ["cooperation_group", 4],
    ["category", 6],
    ["section", 22],
  ])("has %s × %i", (kind, count) => {
    expect(goalsOfKind(kind)).toHaveLength(count);
  });

  it("nests goal areas, positionings and spatial elements under their parents", () => {
    const kindsUnder = (key: string) => (goalByKey(key).children ?? []).map((c) => c.kind);
    expect(kindsUnder("goal-2020")).toEqual(["goal_area", "goal_area", "goal_area"]);
    expect(kindsUnder("positioning")).toEqual(Array(5).fill("positioning"));
    expect(kindsUnder("spatial").sort()).toEqual(["axis", "belt", "belt", "core", "core", "zone", "zone", "zone"]);
  });

  it("dates the 2020 goal and the 2030 outlook", () => {
    expect(goalByKey("goal-2020")).toMatchObject({ year: 2020, kind: "overall_goal" });
    expect(goalByKey("goal-2020").titleZh).toBe("基本建成经济充满活力、生活品质优良、生态环境优美的国家级城市群");
    for (const area of goalByKey("goal-2020").children ?? []) expect(area.year).toBe(2020);
    expect(goalByKey("outlook-2030")).toMatchObject({ year: 2030, kind: "outlook" });
    expect(norm(goalByKey("outlook-2030").textZh!)).toMatch(/^2030年,/u);
  });

  it.each([
    ["goal-2020", "第二章第三节"],
    ["outlook-2030", "第二章第三节"],
    ["positioning", "第三章第一节"],
    ["spatial", "第三章第二节"],
  ])("%s is cited to %s", (key, clause) => {
    expect(goalByKey(key).clause).toBe(clause);
  });

  // Chapters 4–9 must match the table of contents, in order.
  const expectedChapters = toc.filter((c) => c.chapter >= 4);
  it("has chapters 4–9 with 4, 5, 4, 3, 3, 3 sections", () => {
    expect(expectedChapters.map((c) => c.sections.length)).toEqual([4, 5, 4, 3, 3, 3]);
    expect(goalsOfKind("category").map((c) => c.children?.length)).toEqual([4, 5, 4, 3, 3, 3]);
  });
  it.each(expectedChapters.map((c) => ({ ...c, n: c.chapter })))("chapter $n matches the table of contents", ({ chapter, title, sections }) => {
    const goal = goalByKey(`ch${chapter}`);
    expect(goal.kind).toBe("category");
    expect(norm(goal.titleZh)).toBe(title);
    expect(goal.clause).toBe(`第${numerals[chapter - 1]}章`);
    expect((goal.children ?? []).map((s) => norm(s.titleZh))).toEqual(sections);
    (goal.children ?? []).forEach((s, i) => {
      expect(s.kind).toBe("section");
      expect(s.key).toBe(`ch${chapter}.s${i + 1}`);
      expect(s.clause).toBe(`第${numerals[chapter - 1]}章第${numerals[i]}节`);
    });
  });
});

describe("goals: regions", () => {
  // The axis also lists the two cores it connects, which its paragraph calls
  // 核心城市 rather than naming them.
  const notNamedInParagraph = new Set(["spatial.axis:510100"]);
  const withRegions = allGoals.map((g) => g.goal).filter((g) => (g.regions ?? []).length > 0);

  it.each(withRegions.map((g) => ({ key: g.key, goal: g })))("$key regions are named in its own paragraph", ({ goal }) => {
    const own = norm(goal.titleZh + (goal.textZh ?? ""));
    for (const r of goal.regions ?? []) {
      if (notNamedInParagraph.has(`${goal.key}:${r.adcode}`)) continue;
      expect(own, `${r.labelZh} in ${goal.key}`).toContain(r.labelZh);
    }
  });

  it.each<[string, string[]]>([
    ["spatial.axis", ["资阳", "遂宁", "内江", "永川", "大足", "荣昌", "潼南", "铜梁", "璧山", "重庆", "成都"]],
    ["spatial.belt-riverside", ["重庆", "泸州", "宜宾", "江津", "长寿", "涪陵", "丰都", "忠县", "万州"]],
    ["spatial.belt-chengde-mianle", ["成都", "绵阳", "德阳", "乐山", "眉山"]],
    ["spatial.core-chongqing", ["重庆"]],
    ["spatial.core-chengdu", ["成都"]],
    ["spatial.zone-south-sichuan", ["自贡", "内江", "泸州", "宜宾"]],
    ["spatial.zone-nan-sui-guang", ["南充", "遂宁", "广安"]],
    ["spatial.zone-da-wan", ["达州", "万州", "开县", "云阳"]],
  ])("%s has exactly the plan's members", (key, members) => {
    expect((goalByKey(key).regions ?? []).map((r) => r.labelZh).sort()).toEqual([...members].sort());
  });

  it("maps the cores and 开县 to the right adcodes", () => {
    expect(goalByKey("spatial.core-chongqing").regions).toEqual([{ adcode: "500000", labelZh: "重庆" }]);
    expect(goalByKey("spatial.core-chengdu").regions).toEqual([{ adcode: "510100", labelZh: "成都" }]);
    expect(goalByKey("spatial.zone-da-wan").regions).toContainEqual({ adcode: "500154", labelZh: "开县" });
  });

  it.each(box3.map((b) => ({ title: b.title, box: b })))("专栏3 group $title matches the box", ({ box }) => {
    const goal = goalsOfKind("cooperation_group").find((g) => norm(g.titleZh) === box.title);
    expect(goal, `no cooperation group titled ${box.title}`).toBeDefined();
    expect(goal!.clause).toBe("专栏3");
    expect(norm(goal!.textZh!)).toBe(box.text);
    expect((goal!.regions ?? []).map((r) => r.labelZh)).toEqual(box.members);
  });
});

describe("region roles", () => {
  it.each<[RegionRoleKind, number]>([
    ["core_city", 2],
    ["regional_centre", 7],
    ["node_city", 27],
  ])("has %s × %i", (role, count) => {
    expect(rolesOf(role)).toHaveLength(count);
  });

  it("has no duplicate (role, adcode)", () => {
    const keys = regionRoles.map((r) => `${r.role}:${r.adcode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(regionRoles.map((r) => ({ label: r.labelZh, role: r.role, r })))("$role $label: labelZh and textZh occur verbatim", ({ r }) => {
    expect(planText).toContain(norm(r.labelZh));
    expect(r.textZh.trim()).not.toBe("");
    expect(planText).toContain(norm(r.textZh));
  });

  it.each([
    ["500000", "重庆", "提升重庆核心功能。"],
    ["510100", "成都", "提升成都核心功能。"],
  ])("core city %s (%s) quotes the opening of its paragraph", (adcode, label, lead) => {
    const role = rolesOf("core_city").find((r) => r.adcode === adcode);
    expect(role).toMatchObject({ labelZh: label, clause: "第三章第二节" });
    const paragraph = lines.find((l) => l.startsWith(lead))!;
    expect(paragraph.startsWith(lead + norm(role!.textZh))).toBe(true);
  });

  it.each(box1.map((b) => ({ label: b.label, b })))("regional centre $label matches 专栏1", ({ b }) => {
    const role = rolesOf("regional_centre").find((r) => r.labelZh === b.label);
    expect(role, `no regional_centre ${b.label}`).toBeDefined();
    expect(norm(role!.textZh)).toBe(b.role);
    expect(role!.clause).toBe("专栏1");
  });

  it("node cities are exactly 专栏2, in order", () => {
    expect(rolesOf("node_city").map((r) => [r.labelZh, norm(r.textZh)])).toEqual(box2.map((b) => [b.label, b.text]));
    for (const r of rolesOf("node_city")) expect(r.clause).toBe("专栏2");
  });

  it.each([
    ["万州", "500101"],
    ["黔江", "500114"],
    ["绵阳", "510700"],
    ["南充", "511300"],
    ["乐山", "511100"],
    ["泸州", "510500"],
    ["宜宾", "511500"],
  ])("regional centre %s has adcode %s", (label, adcode) => {
    expect(rolesOf("regional_centre").find((r) => r.labelZh === label)?.adcode).toBe(adcode);
  });

  it.each([
    ["开县", "500154"],
    ["梁平", "500155"],
  ])("node city %s has adcode %s", (label, adcode) => {
    expect(rolesOf("node_city").find((r) => r.labelZh === label)?.adcode).toBe(adcode);
  });
});

describe("targets (专栏1)", () => {
  const centreAdcode = new Map(rolesOf("regional_centre").map((r) => [r.labelZh, r.adcode]));

  it("has 14 targets: two per regional centre", () => {
    expect(targets).toHaveLength(14);
    expect(box1).toHaveLength(7);
  });

  // Every number in 专栏1 must be in the targets table …
  it.each(box1.map((b) => ({ label: b.label, b })))("专栏1 $label: both numbers are seeded", ({ b }) => {
    const adcode = centreAdcode.get(b.label);
    expect(adcode, `no regional centre ${b.label}`).toBeDefined();
    const forCity = targets.filter((t) => t.adcode === adcode);
    expect(forCity).toHaveLength(2);
    expect(forCity).toContainEqual(expect.objectContaining({ indicator: "urban_population", year: 2020, type: "min", value: b.population }));
    expect(forCity).toContainEqual(expect.objectContaining({ indicator: "urban_construction_land", year: 2020, type: "max", value: b.land }));
  });

  // … and every target must be a number of 专栏1.
  it.each(targets.map((t) => ({ indicator: t.indicator, adcode: t.adcode, t })))(
    "$indicator @ $adcode is stated in the plan sentence for that city",
    ({ t }) => {
      const label = [...centreAdcode].find(([, a]) => a === t.adcode)?.[0];
      expect(label).toBeDefined();
      const row = box1.find((b) => b.label === label)!;
      const sentence = box1Lines.find((l) => l.startsWith(`${label}。`))!;
      const expected = t.indicator === "urban_population" ? row.population : row.land;
      expect(t.value).toBe(expected);
      const unit = t.indicator === "urban_population" ? "万人" : "平方公里";
      expect(sentence).toContain(`${t.value}${unit}`);
      expect(t).toMatchObject({ year: 2020, clause: "专栏1" });
      expect(t.baseline).toBeUndefined();
      expect(indicatorByCode.has(t.indicator)).toBe(true);
    },
  );
});

describe("indicators", () => {
  it("are exactly the nine codes with their units", () => {
    expect(Object.fromEntries(indicators.map((i) => [i.code, [i.nameZh, i.unit]]))).toEqual({
      urban_population: ["中心城区城市人口", "万人"],
      urban_construction_land: ["城市建设用地", "km²"],
      resident_population: ["常住人口", "万人"],
      gdp: ["地区生产总值", "亿元"],
      area: ["总面积", "km²"],
      town_density: ["城镇密度", "个/万km²"],
      population_share_national: ["常住人口占全国比重", "%"],
      gdp_share_national: ["地区生产总值占全国比重", "%"],
      area_share_national: ["面积占全国比重", "%"],
    });
  });

  it("classify only the 专栏1 indicators", () => {
    const attr = Object.fromEntries(indicators.map((i) => [i.code, i.attribute]));
    expect(attr.urban_population).toBe("expected");
    expect(attr.urban_construction_land).toBe("binding");
    for (const code of Object.keys(attr).filter((c) => !c.startsWith("urban_"))) expect(attr[code]).toBeNull();
  });

  it("have Chinese definitions; urban construction land cites GB 50137 and the 建成区 difference", () => {
    for (const i of indicators) expect(CJK.test(i.definitionZh)).toBe(true);
    const land = indicatorByCode.get("urban_construction_land")!;
    expect(land.definitionZh).toContain("GB 50137");
    expect(land.definitionZh).toContain("建成区");
    expect(land.definitionEn).toContain("GB 50137");
    expect(land.definitionEn).toMatch(/built-up area/u);
  });
});

describe("baseline observations", () => {
  // Where each baseline is stated, and how to read its number off the sentence.
  const sources: Record<string, { sentence: string; pattern: RegExp; group: number }> = {
    "area@CHENGYU": { sentence: prefaceLine, pattern: /总面积(\d+(?:\.\d+)?)万平方公里/u, group: 1 },
    "resident_population@CHENGYU": { sentence: prefaceLine, pattern: /2014年常住人口(\d+(?:\.\d+)?)万人/u, group: 1 },
    "gdp@CHENGYU": { sentence: prefaceLine, pattern: /地区生产总值(\d+(?:\.\d+)?)万亿元/u, group: 1 },
    // 分别占全国的 area, population, GDP — in the order of the sentence.
    "area_share_national@CHENGYU": {
      sentence: prefaceLine,
      pattern: /分别占全国的(\d+\.\d+)%[、和]?(\d+\.\d+)%[、和]?(\d+\.\d+)%/u,
      group: 1,
    },
    "population_share_national@CHENGYU": {
      sentence: prefaceLine,
      pattern: /分别占全国的(\d+\.\d+)%[、和]?(\d+\.\d+)%[、和]?(\d+\.\d+)%/u,
      group: 2,
    },
    "gdp_share_national@CHENGYU": {
      sentence: prefaceLine,
      pattern: /分别占全国的(\d+\.\d+)%[、和]?(\d+\.\d+)%[、和]?(\d+\.\d+)%/u,
      group: 3,
    },
    "town_density@CHENGYU": { sentence: townSystemLine, pattern: /每万平方公里拥有城镇(\d+)个/u, group: 1 },
    "town_density@CN-WEST": { sentence: townSystemLine, pattern: /西部的(\d+)个?\/万平方公里/u, group: 1 },
    "town_density@100000": { sentence: townSystemLine, pattern: /全国的(\d+)个?\/万平方公里/u, group: 1 },
  };
  // unitAsPublished → factor to the indicator's unit
  const factors: Record<string, Record<string, number>> = {
    万平方公里: { "km²": 10000 },
    万人: { 万人: 1 },
    万亿元: { 亿元: 10000 },
    "%": { "%": 1 },
    "个/万平方公里": { "个/万km²": 1 },
  };

  it("covers exactly the figures the plan states", () => {
    expect(baselineObservations.map((b) => `${b.indicator}@${b.adcode}`).sort()).toEqual(Object.keys(sources).sort());
  });

  it.each(baselineObservations.map((b) => ({ id: `${b.indicator}@${b.adcode}`, b })))("$id: valueAsPublished is the plan's number", ({ id, b }) => {
    const source = sources[id]!;
    const m = source.pattern.exec(source.sentence);
    expect(m, `pattern for ${id} not found`).not.toBeNull();
    expect(Number(m![source.group])).toBe(b.valueAsPublished);
    expect(source.sentence).toContain(String(b.valueAsPublished));
    expect(b.year).toBe(2014);
  });

  it.each(baselineObservations.map((b) => ({ id: `${b.indicator}@${b.adcode}`, b })))(
    "$id: value is valueAsPublished converted to the indicator unit",
    ({ b }) => {
      const unit = indicatorByCode.get(b.indicator)?.unit;
      expect(unit).toBeDefined();
      const factor = factors[b.unitAsPublished]?.[unit!];
      expect(factor, `no conversion ${b.unitAsPublished} → ${unit}`).toBeDefined();
      expect(b.value).toBeCloseTo(b.valueAsPublished * factor!, 6);
    },
  );

  it.each(baselineObservations.map((b) => ({ id: `${b.indicator}@${b.adcode}`, b })))("$id: note quotes the plan verbatim", ({ id, b }) => {
    const quotes = [...b.note.matchAll(/「([^」]+)」/gu)].map((m) => m[1]!);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(sources[id]!.sentence).toContain(norm(q));
  });
});

describe("adcodes", () => {
  const used = [
    ...allGoals.flatMap(({ goal }) => (goal.regions ?? []).map((r) => ({ where: goal.key, ...r }))),
    ...regionRoles.map((r) => ({ where: `role ${r.role}`, adcode: r.adcode, labelZh: r.labelZh })),
    ...targets.map((t) => ({ where: `target ${t.indicator}`, adcode: t.adcode, labelZh: undefined })),
    ...baselineObservations.map((b) => ({ where: `baseline ${b.indicator}`, adcode: b.adcode, labelZh: undefined })),
  ];

  it.each(used.map((u) => ({ ...u, u })))("$where: $adcode exists", ({ u }) => {
    expect(regionByAdcode.has(u.adcode) || SPECIAL_ADCODES.has(u.adcode)).toBe(true);
  });

  it.each(used.filter((u) => u.labelZh !== undefined).map((u) => ({ ...u, u })))("$where: $labelZh is a name of $adcode", ({ u }) => {
    const row = regionByAdcode.get(u.adcode);
    expect(row).toBeDefined();
    expect(namesOf(row!)).toContain(u.labelZh);
  });
});

describe("English text", () => {
  const english = [
    { where: "plan.nameEn", value: plan.nameEn },
    { where: "plan.issuingBodiesEn", value: plan.issuingBodiesEn },
    { where: "plan.scopeEn", value: plan.scopeEn },
    ...allGoals.flatMap(({ goal }) => [
      { where: `${goal.key} titleEn`, value: goal.titleEn },
      ...(goal.textZh === undefined ? [] : [{ where: `${goal.key} textEn`, value: goal.textEn }]),
    ]),
    ...regionRoles.map((r) => ({ where: `${r.role} ${r.adcode} textEn`, value: r.textEn })),
    ...indicators.flatMap((i) => [
      { where: `${i.code} nameEn`, value: i.nameEn },
      { where: `${i.code} definitionEn`, value: i.definitionEn },
    ]),
  ];

  it.each(english)("$where is non-empty English", ({ value }) => {
    expect(value?.trim() ?? "").not.toBe("");
    expect(value).not.toMatch(CJK);
  });

  it("every goal has textEn exactly when it has textZh", () => {
    for (const { goal } of allGoals) expect(goal.textEn === undefined).toBe(goal.textZh === undefined);
  });
});
