import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditQuery, idParam, passwordChange, tokenCreate, userCreate, userPatch } from "@/lib/validation/account";
import { assessmentInput } from "@/lib/validation/assessment";
import { indicatorCreate, indicatorPatch, targetCreate, targetPatch } from "@/lib/validation/catalogue";
import { goalsQuery } from "@/lib/validation/goals-query";
import { importQuery, observationInput, retractInput } from "@/lib/validation/observation";
import { issuesOf } from "@/lib/validation/parse";
import { planSettingsPatch } from "@/lib/validation/plan-settings";
import { progressQuery } from "@/lib/validation/progress-query";
import { observationListQuery, regionListQuery, targetListQuery } from "@/lib/validation/read-queries";
import { exportQuerySchema, reportCreateSchema, reportDuplicateSchema, reportUpdateSchema, shareCreateSchema } from "@/lib/validation/report";

// Every input schema, fed a bad value of each kind it checks: whatever zod finds, the
// person reads it in Chinese and in English, never zod's own English in the Chinese slot.
const selection = { plan: "p", years: { from: 2014, to: 2020 } };
const cases: [string, z.ZodType, unknown][] = [
  ["userCreate: all missing", userCreate, {}],
  ["userCreate: wrong types", userCreate, { email: 1, password: 2, role: "root", name: [] }],
  ["userPatch: nothing", userPatch, {}],
  ["passwordChange", passwordChange, { current: "", password: "x".repeat(201) }],
  ["tokenCreate", tokenCreate, { name: "", email: 3, expiresInDays: 0 }],
  ["auditQuery", auditQuery, { actor: "99999999999", from: "yesterday", limit: "500", cursor: "-1" }],
  ["idParam", idParam, { id: "abc" }],
  ["assessmentInput: all missing", assessmentInput, {}],
  ["assessmentInput: bad values", assessmentInput, { year: 1800, rating: "ok", narrative: "", evidence: [{ title: "", url: "ftp://x" }] }],
  ["indicatorCreate", indicatorCreate, { code: "X", nameZh: "", attribute: "x" }],
  ["indicatorPatch", indicatorPatch, {}],
  ["targetCreate", targetCreate, { year: "y", value: "abc", type: "exact", tolerancePct: -1, baseline: { year: 1, value: "" } }],
  ["targetPatch", targetPatch, { unit: "人" }],
  ["goalsQuery", goalsQuery, { plan: "", asOf: "soon" }],
  ["observationInput", observationInput, { year: "20x8", flags: ["x"], baseVersionId: 0, unit: "u".repeat(40) }],
  ["retractInput", retractInput, {}],
  ["importQuery", importQuery, { dryRun: "maybe", sheet: "" }],
  ["planSettingsPatch", planSettingsPatch, { nearlyAchievedPct: 101, other: 1 }],
  ["progressQuery", progressQuery, { asOf: "x", limit: "0", after: "1e3", region: "1" }],
  ["regionListQuery", regionListQuery, { q: "x".repeat(51) }],
  ["targetListQuery", targetListQuery, { region: "1" }],
  ["observationListQuery", observationListQuery, { from: "1800", asOf: "x" }],
  ["reportCreateSchema: missing", reportCreateSchema, {}],
  [
    "reportCreateSchema: bad",
    reportCreateSchema,
    { title: "", selection: { ...selection, years: { from: 2020, to: 2014 }, lens: "x", indicators: "a" }, pinnedAt: "now", annotations: [{}] },
  ],
  ["reportUpdateSchema", reportUpdateSchema, { version: 0, visibility: "public" }],
  ["reportDuplicateSchema", reportDuplicateSchema, { title: 5 }],
  ["shareCreateSchema", shareCreateSchema, { expiresAt: "tomorrow", allowExport: "yes" }],
  ["exportQuerySchema", exportQuerySchema, { format: "doc", chart: "no colon" }],
];

const CJK = /[\u4e00-\u9fff]/;
const ZOD_ENGLISH = /Invalid|expected [a-z]+, received|Too (small|big)|must be|must have/;

describe("every schema's messages are bilingual", () => {
  it.each(cases)("%s", (_name, schema, input) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    const issues = issuesOf(r.error!);
    expect(issues.length).toBeGreaterThan(0);
    for (const { path, message } of issues) {
      expect(message.zh, `${path}: ${message.zh}`).toMatch(CJK);
      expect(message.zh, `${path}: ${message.zh}`).not.toMatch(ZOD_ENGLISH);
      expect(message.en, path).not.toMatch(/^Invalid input|received undefined/);
    }
  });
});

describe("messages built from the issue", () => {
  const first = (schema: z.ZodType, input: unknown) => issuesOf(schema.safeParse(input).error!)[0]!;

  it.each([
    ["a missing field is required", reportCreateSchema, { selection }, "title", "必填", "required"],
    ["text past its length", regionListQuery, { q: "x".repeat(51) }, "q", "最多 50 个字符", "at most 50 characters"],
    [
      "a list past its length",
      reportCreateSchema,
      { title: "t", selection: { ...selection, indicators: Array(201).fill("a") } },
      "selection.indicators",
      "最多 200 项",
      "at most 200 items",
    ],
    [
      "a choice names the choices",
      reportUpdateSchema,
      { version: 1, visibility: "public" },
      "visibility",
      "应为以下之一：private、team",
      "must be one of: private, team",
    ],
    ["a number past its range says the range", reportUpdateSchema, { version: 0 }, "version", "数值过小，最小为 1", "too small: at least 1"],
    ["a wrong type says what is wanted", shareCreateSchema, { allowExport: "yes" }, "allowExport", "应为 true 或 false", "must be true or false"],
    [
      "a date in the wrong form",
      shareCreateSchema,
      { expiresAt: "tomorrow" },
      "expiresAt",
      "请填写日期或时间（ISO 8601，如 2024-05-01）",
      "enter a date or time (ISO 8601, e.g. 2024-05-01)",
    ],
    ["an unknown field of a strict object", planSettingsPatch, { nearlyAchievedPct: 90, other: 1 }, "", "无法识别的字段：other", "unknown field: other"],
    ["an id past int4 says the largest", idParam, { id: "99999999999" }, "id", "数值过大，最大为 2147483647", "too large: at most 2147483647"],
    [
      "years in the wrong order",
      reportCreateSchema,
      { title: "t", selection: { ...selection, years: { from: 2020, to: 2014 } } },
      "selection.years.to",
      "结束年份不能早于起始年份",
      "the last year must not be before the first",
    ],
  ])("%s", (_name, schema, input, path, zh, en) => {
    expect(first(schema, input)).toEqual({ path, message: { zh, en } });
  });
});
