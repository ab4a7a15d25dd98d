import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkPlanDocument, targetYearAllowed } from "@/lib/plan-document/check";
import { canonicalJson, documentHash } from "@/lib/plan-document/canonical";
import { formatPath } from "@/lib/plan-document/issues";
import { parsePlanDocument, parsePlanDocumentText } from "@/lib/plan-document/parse";
import { planDocumentJsonSchema, type PlanDocument } from "@/lib/plan-document/schema";

const text = (slug: string) => fs.readFileSync(`prisma/plans/${slug}.json`, "utf8");
const load = (slug: string): PlanDocument => {
  const r = parsePlanDocumentText(text(slug));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.document;
};

// A small valid document to vary, row by row.
const base = (): PlanDocument =>
  parseOk({
    schemaVersion: 1,
    slug: "test-plan",
    nameZh: "测试规划",
    nameEn: "Test plan",
    docNumber: "",
    issuingBodiesZh: "某部门",
    issuingBodiesEn: "Some body",
    issueDate: "2021-10-20",
    periodStart: 2021,
    periodEnd: 2025,
    outlookYear: 2035,
    baseYear: 2020,
    scopeZh: "范围",
    scopeEn: "Scope",
    sourceZh: "《测试规划》",
    regions: [
      { region: "CHENGYU", membership: "whole" },
      { region: "510700", membership: "part", note: "除北川县、平武县" },
    ],
    roles: [],
    goals: [
      {
        key: "goal-2025",
        kind: "overall_goal",
        titleZh: "目标",
        titleEn: "Goal",
        children: [{ key: "goal-2025.a", kind: "goal_area", titleZh: "甲", titleEn: "A" }],
      },
    ],
    indicators: [{ code: "new_ind", nameZh: "新指标", nameEn: "New", unit: "%", definitionZh: "定义", definitionEn: "Definition", attribute: null }],
    targets: [{ indicator: "gdp", region: "CHENGYU", year: 2025, value: 80000, type: "min", clause: "", goals: ["goal-2025.a"] }],
    baselineFigures: [{ indicator: "gdp", region: "CN-WEST", year: 2020, value: 1, valueAsPublished: 1, unitAsPublished: "亿元", note: "" }],
  });

function parseOk(v: unknown): PlanDocument {
  const r = parsePlanDocument(v);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.document;
}

const known = {
  indicators: new Map([
    ["gdp", "亿元"],
    ["resident_population", "万人"],
  ]),
  regions: new Set(["CHENGYU", "510700", "510500", "CN-WEST"]),
};
const paths = (doc: PlanDocument) => checkPlanDocument(doc, known).map((i) => i.path);

describe("plan document: shipped files", () => {
  it.each(["chengyu-2016", "chengyu-2021"])("%s parses; defaults: every target is level", (slug) => {
    const doc = load(slug);
    expect(doc.slug).toBe(slug);
    expect(doc.targets.every((t) => t.kind === "level")).toBe(true);
  });

  it("the successor plan keeps its caveats visible: a plan note and, on each English-only target, source, note and English wording", () => {
    const doc = load("chengyu-2021");
    expect([doc.periodStart, doc.periodEnd, doc.outlookYear, doc.baseYear]).toEqual([2021, 2025, 2035, 2019]);
    expect(doc.noteEn).toContain("known only from an English-language summary");
    expect(doc.targets).toHaveLength(5);
    for (const t of doc.targets)
      expect([t.wordingLanguage, t.year, t.region, !!t.source, t.note?.includes("English-language summary")]).toEqual(["en", 2025, "CHENGYU", true, true]);
    // baseline 2019: 9600 万人, 63000 亿元 flagged approximate (近6.3万亿元)
    const fig = Object.fromEntries(doc.baselineFigures.map((b) => [b.indicator, [b.year, b.value, b.flags ?? []]]));
    expect(fig).toEqual({ area: [2019, 185000, []], resident_population: [2019, 9600, []], gdp: [2019, 63000, ["estimated"]] });
    // goal texts as the source printed them (traditional characters)
    expect(doc.goals.map((g) => g.key)).toEqual(["positioning", "goal-2025", "outlook-2035"]);
    expect(doc.goals[1]!.textZh).toMatch(/^到2025年,成渝地區雙城經濟圈/);
  });

  it("the two plans describe shared indicators identically (they are one indicator)", () => {
    const a = load("chengyu-2016").indicators;
    const b = load("chengyu-2021").indicators;
    for (const code of ["resident_population", "gdp", "area"]) expect(b.find((i) => i.code === code)).toEqual(a.find((i) => i.code === code));
  });

  it("the same scope in both plans", () => {
    expect(load("chengyu-2021").regions).toEqual(load("chengyu-2016").regions);
  });

  it("pass the semantic checks against the regions and indicators they name", () => {
    for (const slug of ["chengyu-2016", "chengyu-2021"]) {
      const doc = load(slug);
      const regions = new Set([...doc.regions.map((r) => r.region), "CN-WEST", "100000"]);
      expect(checkPlanDocument(doc, { indicators: new Map(), regions })).toEqual([]);
    }
  });
});

describe("plan document: schema errors name the path and what is accepted", () => {
  it.each([
    ["a year as text", (d: any) => (d.targets[0].baseline = { year: "2014", value: 1 }), "targets[0].baseline.year", 'expected a number, got "2014"'],
    ["an unknown type", (d: any) => (d.targets[0].type = "atleast"), "targets[0].type", 'accepted values: "min", "max", "approx"; got "atleast"'],
    [
      "an unknown kind",
      (d: any) => (d.targets[0].kind = "share"),
      "targets[0].kind",
      'accepted values: "level", "growth_rate", "reduction", "cumulative"; got "share"',
    ],
    ["a missing field", (d: any) => delete d.nameZh, "nameZh", "required"],
    ["a misspelt field", (d: any) => (d.targets[0].valeu = 1), "targets[0]", "unrecognised field(s): valeu (see the JSON Schema for the fields)"],
    ["a bad date", (d: any) => (d.issueDate = "2021/10/20"), "issueDate", "a date as YYYY-MM-DD, e.g. 2016-04-27"],
    ["a wrong schema version", (d: any) => (d.schemaVersion = 2), "schemaVersion", "accepted values: 1; got 2"],
    ["a nested goal", (d: any) => (d.goals[0].children[0].kind = "chapter"), "goals[0].children[0].kind", 'got "chapter"'],
  ])("%s", (_name, mutate, path, en) => {
    const d = JSON.parse(JSON.stringify(base()));
    mutate(d);
    const r = parsePlanDocument(d);
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.path === path) : undefined;
    expect(issue?.message.en).toContain(en);
    expect(issue?.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads YAML and JSON alike; unreadable text is one issue at the top", () => {
    const doc = base();
    const y = parsePlanDocumentText(stringify(doc));
    expect(y.ok && y.document).toEqual(doc);
    const bad = parsePlanDocumentText("{ not json");
    expect(!bad.ok && bad.issues[0]!.path).toBe("");
  });

  it("formats paths with indices", () => {
    expect(formatPath(["targets", 3, "baseline", "year"])).toBe("targets[3].baseline.year");
    expect(formatPath([])).toBe("");
  });
});

describe("plan document: semantic checks", () => {
  it("a valid document has none", () => expect(paths(base())).toEqual([]));

  it.each<[string, (d: PlanDocument) => void, string[]]>([
    ["unknown indicator", (d) => (d.targets[0]!.indicator = "nope"), ["targets[0].indicator"]],
    ["indicator defined in the document", (d) => (d.targets[0] = { ...d.targets[0]!, indicator: "new_ind" }), []],
    ["target after the period, not the outlook year", (d) => (d.targets[0]!.year = 2030), ["targets[0].year"]],
    ["target in the outlook year", (d) => (d.targets[0]!.year = 2035), []],
    ["target before the period", (d) => (d.targets[0]!.year = 2020), ["targets[0].year"]],
    ["growth target without baseline", (d) => Object.assign(d.targets[0]!, { kind: "growth_rate", rate: 6 }), ["targets[0].baseline"]],
    ["growth target with baseline", (d) => Object.assign(d.targets[0]!, { kind: "growth_rate", rate: 6, baseline: { year: 2020, value: 63000 } }), []],
    ["growth target without rate", (d) => Object.assign(d.targets[0]!, { kind: "growth_rate", baseline: { year: 2020, value: 63000 } }), ["targets[0].rate"]],
    [
      "reduction with baseline year only",
      (d) => Object.assign(d.targets[0]!, { kind: "reduction", rate: 13.5, baseline: { year: 2020 } }),
      ["targets[0].baseline"],
    ],
    ["cumulative without baseline", (d) => Object.assign(d.targets[0]!, { kind: "cumulative" }), ["targets[0].baseline"]],
    ["level without value", (d) => delete d.targets[0]!.value, ["targets[0].value"]],
    ["baseline not before the target year", (d) => (d.targets[0]!.baseline = { year: 2025, value: 1 }), ["targets[0].baseline.year"]],
    ["region outside the scope", (d) => (d.targets[0]!.region = "510500"), ["targets[0].region"]],
    ["unknown region", (d) => (d.targets[0]!.region = "999999"), ["targets[0].region"]],
    ["unknown scope region", (d) => d.regions.push({ region: "999999", membership: "whole" }), ["regions[2].region"]],
    [
      "role outside the scope",
      (d) => d.roles.push({ region: "510500", role: "node_city", labelZh: "泸州", textZh: "节点", textEn: "node", clause: "" }),
      ["roles[0].region"],
    ],
    ["unit not the indicator's", (d) => (d.targets[0]!.unit = "万亿元"), ["targets[0].unit"]],
    ["unit the indicator's", (d) => (d.targets[0]!.unit = "亿元"), []],
    [
      "existing indicator with another unit",
      (d) =>
        d.indicators.push({ code: "gdp", nameZh: "地区生产总值", nameEn: "GDP", unit: "万亿元", definitionZh: "定义", definitionEn: "d", attribute: null }),
      ["indicators[1].unit"],
    ],
    ["duplicate target", (d) => d.targets.push({ ...d.targets[0]! }), ["targets[1]"]],
    ["unknown goal key", (d) => (d.targets[0]!.goals = ["nope"]), ["targets[0].goals[0]"]],
    ["duplicate goal key", (d) => d.goals.push({ key: "goal-2025.a", kind: "goal_area", titleZh: "乙", titleEn: "B" }), ["goals[1].key"]],
    ["period inverted (the target year then falls outside too)", (d) => (d.periodEnd = 2020), ["periodEnd", "targets[0].year"]],
    ["base year not before the period", (d) => (d.baseYear = 2021), ["baseYear"]],
    ["wording without language", (d) => (d.targets[0]!.wording = "about 66 percent"), ["targets[0].wordingLanguage"]],
  ])("%s", (_name, mutate, expected) => {
    const d = base();
    mutate(d);
    expect(paths(d)).toEqual(expected);
  });

  it.each([
    [2020, false],
    [2021, true],
    [2025, true],
    [2026, false],
    [2035, true],
  ])("target year %i allowed: %s", (year, ok) => expect(targetYearAllowed({ periodStart: 2021, periodEnd: 2025, outlookYear: 2035 }, year)).toBe(ok));
});

describe("plan document: identity and JSON Schema", () => {
  it("the hash ignores key order and undefined members", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: "x" }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(documentHash({ a: 1, b: 2 })).toBe(documentHash({ b: 2, a: 1 }));
    expect(documentHash({ a: 1 })).not.toBe(documentHash({ a: 2 }));
  });

  it("the JSON Schema comes from the zod schema, with the recursive goal tree", () => {
    const s = planDocumentJsonSchema() as any;
    expect(s.$id).toBe("/api/v1/plan-document.schema.json");
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.regions.items.properties.membership.enum).toEqual(["whole", "part"]);
    expect(JSON.stringify(s.$defs)).toContain('"children"');
  });
});
