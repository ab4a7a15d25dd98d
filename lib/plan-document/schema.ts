// The plan document: everything a plan holds, in one versioned JSON document (YAML is
// accepted on upload). This zod schema is the source of truth: the JSON Schema served
// at /api/v1/plan-document.schema.json is generated from it, and the seed, the upload
// and the export all go through it. Pure: no Prisma, no Next.
//
// Enum values mirror prisma/schema.prisma (GoalKind, RegionRoleKind, TargetType,
// IndicatorAttribute); lib/ may not import the generated client, so they are listed here.
import { z } from "zod";

export const PLAN_DOCUMENT_SCHEMA_VERSION = 1;

const GOAL_KINDS = [
  "overall_goal",
  "goal_area",
  "outlook",
  "positioning_overall",
  "positioning",
  "spatial_structure",
  "axis",
  "belt",
  "core",
  "zone",
  "cooperation_group",
  "category",
  "section",
] as const;
const ROLE_KINDS = ["core_city", "regional_centre", "node_city"] as const;
const TARGET_TYPES = ["min", "max", "approx"] as const;
/** level: the value in year T; growth_rate: average annual growth r % from the baseline;
 * reduction: a fall of r % from the baseline; cumulative: the sum over b+1 … T. */
const TARGET_KINDS = ["level", "growth_rate", "reduction", "cumulative"] as const;
const MEMBERSHIPS = ["whole", "part"] as const;
const ATTRIBUTES = ["binding", "expected"] as const;
const OBSERVATION_FLAGS = ["provisional", "estimated", "definition_differs", "low_confidence", "break_in_series"] as const;
const LANGUAGES = ["zh", "en"] as const;

const text = z.string().trim().min(1).max(20_000);
const year = z.number().int().min(1949).max(2100);
const code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);
const adcode = z.string().regex(/^[A-Za-z0-9-]{2,32}$/);
const finite = z.number().finite();

const indicatorSchema = z.strictObject({
  code: code.describe("stable code, shared by every plan that uses the indicator, e.g. gdp"),
  nameZh: text,
  nameEn: text,
  unit: z.string().trim().min(1).max(32).describe("canonical unit: every value of the indicator is in it (万人, 亿元, km², %)"),
  definitionZh: text,
  definitionEn: text,
  attribute: z.enum(ATTRIBUTES).nullable().describe("binding 约束性 / expected 预期性; null for descriptive figures"),
  allowNegative: z.boolean().optional(),
});

const targetSchema = z.strictObject({
  indicator: code,
  region: adcode,
  year: year.describe("the year the target is set for (T)"),
  value: finite.optional().describe("in the indicator's unit; required for level and cumulative targets"),
  unit: z.string().trim().min(1).max(32).optional().describe("when given, must be the indicator's unit"),
  type: z.enum(TARGET_TYPES).describe("min: at least; max: at most (控制在…以内); approx: about (左右)"),
  kind: z.enum(TARGET_KINDS).default("level"),
  rate: finite.optional().describe("percent: average annual growth (growth_rate) or total fall (reduction)"),
  tolerancePct: z.number().min(0).max(100).optional(),
  baseline: z
    .strictObject({ year, value: finite.optional() })
    .optional()
    .describe("required for growth_rate and reduction (year and value) and cumulative (year)"),
  clause: z.string().trim().max(200).describe("where in the plan the target stands, e.g. 专栏1"),
  goals: z.array(z.string().min(1).max(120)).optional().describe("keys of the goals the target serves"),
  source: z.string().trim().min(1).max(2000).optional().describe("where the figure was found (citation or URL)"),
  note: z.string().trim().min(1).max(4000).optional(),
  wording: z.string().trim().min(1).max(4000).optional().describe("the target as the source words it"),
  wordingLanguage: z.enum(LANGUAGES).optional().describe("language of the wording: en when only an English summary was available"),
});

const goalRegionSchema = z.strictObject({ region: adcode, labelZh: text.describe("the name as the plan writes it (开县, not 开州区)") });

export interface GoalDocument {
  key: string;
  kind: (typeof GOAL_KINDS)[number];
  titleZh: string;
  titleEn: string;
  textZh?: string;
  textEn?: string;
  year?: number;
  clause?: string;
  regions?: z.infer<typeof goalRegionSchema>[];
  children?: GoalDocument[];
}

const goalSchema: z.ZodType<GoalDocument> = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.\-_]{0,119}$/)
    .describe("stable within the plan, e.g. goal-2020.urban-system"),
  kind: z.enum(GOAL_KINDS),
  titleZh: text,
  titleEn: text,
  textZh: text.optional(),
  textEn: text.optional(),
  year: year.optional(),
  clause: z.string().trim().min(1).max(200).optional(),
  regions: z.array(goalRegionSchema).optional(),
  get children() {
    return z.array(goalSchema).optional();
  },
});

export const planDocumentSchema = z.strictObject({
  schemaVersion: z.literal(PLAN_DOCUMENT_SCHEMA_VERSION),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,63}$/)
    .describe("e.g. chengyu-2016; publishing a document with an existing slug makes a new version"),
  nameZh: text,
  nameEn: text,
  docNumber: z.string().trim().max(200),
  issuingBodiesZh: text,
  issuingBodiesEn: text,
  issueDate: z.iso.date().describe("YYYY-MM-DD"),
  periodStart: year,
  periodEnd: year,
  outlookYear: year,
  baseYear: year,
  scopeZh: text,
  scopeEn: text,
  sourceZh: text.describe("citation used as the source of the figures taken from the plan"),
  noteZh: text.optional().describe("caveats about the whole plan"),
  noteEn: text.optional(),
  thresholds: z
    .strictObject({ onTrackLagPp: finite, atRiskLagPp: finite, ceilingMarginPp: finite, nearlyAchievedPct: finite })
    .optional()
    .describe("序时进度 thresholds in percentage points; omitted: the plan's settings are kept"),
  display: z
    .strictObject({
      clusterCode: adcode.nullable().describe("region code of the whole plan area (e.g. CHENGYU); null: none"),
      comparisonRegionCodes: z.array(adcode).describe("regions the overview compares the plan area with, in the order shown"),
      baselineCards: z
        .array(
          z.strictObject({
            indicator: code,
            share: code.optional().describe("indicator of its national share"),
            compare: z.boolean().optional().describe("show the comparison regions beside it"),
          }),
        )
        .describe("headline figures of the base year on the overview"),
    })
    .optional()
    .describe("what the overview shows of the plan area as a whole; omitted: none"),
  regions: z
    .array(z.strictObject({ region: adcode, membership: z.enum(MEMBERSHIPS), note: text.optional() }))
    .describe("the regions in the plan's scope, whole or in part"),
  roles: z.array(z.strictObject({ region: adcode, role: z.enum(ROLE_KINDS), labelZh: text, textZh: text, textEn: text, clause: z.string().trim().max(200) })),
  goals: z.array(goalSchema),
  indicators: z.array(indicatorSchema).describe("indicators the plan defines; targets may also name indicators that already exist"),
  targets: z.array(targetSchema),
  baselineFigures: z
    .array(
      z.strictObject({
        indicator: code,
        region: adcode,
        year,
        value: finite.describe("in the indicator's unit"),
        valueAsPublished: finite,
        unitAsPublished: z.string().trim().min(1).max(32),
        note: z.string().trim().max(4000),
        flags: z.array(z.enum(OBSERVATION_FLAGS)).optional(),
      }),
    )
    .describe("figures the plan states (基期值); written as observations only into cells that have none"),
});

export type PlanDocument = z.output<typeof planDocumentSchema>;
export type TargetDocument = PlanDocument["targets"][number];

/** The JSON Schema of the document (draft 2020-12), generated from the zod schema. */
export function planDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planDocumentSchema, { io: "input", unrepresentable: "any" }),
    $id: "/api/v1/plan-document.schema.json",
    title: "Plan document (规划文档)",
  };
}
