// What the API answers, as zod schemas: the OpenAPI document is generated from these
// (lib/api/openapi.ts), and tests/integration/openapi-responses.integration.test.ts parses
// real responses with them, so the documented shapes cannot drift from the real ones.
// Output shapes only (no transforms). Objects are strict where a field is promised.
import { z } from "zod";
import { LENSES, CHART_KINDS } from "@/lib/validation/report";

const moment = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 moment" });
const bilingual = z.object({ zh: z.string(), en: z.string() });
const yearValue = z.object({ year: z.int(), value: z.number() });

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum([
        "UNAUTHENTICATED",
        "FORBIDDEN",
        "NOT_FOUND",
        "CONFLICT",
        "VALIDATION",
        "RATE_LIMITED",
        "PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE",
        "UNAVAILABLE",
        "TIMEOUT",
        "INTERNAL",
        "UNCONFIRMED_WARNINGS",
      ]),
      message: bilingual,
      issues: z
        .array(
          z.object({ path: z.string().meta({ description: 'Dotted field path ("selection.years.to"); "" for the input as a whole' }), message: bilingual }),
        )
        .optional(),
    }),
  })
  .meta({ id: "Error" });

const PROGRESS_STATUSES = [
  "achieved",
  "nearly_achieved",
  "within_cap",
  "on_track",
  "at_risk",
  "off_track",
  "not_achieved",
  "exceeded",
  "no_baseline",
  "no_data",
] as const;
const lens = z.looseObject({}).nullable();

const progressEntry = z
  .strictObject({
    targetId: z.int(),
    indicator: z.string().meta({ description: "Indicator code" }),
    region: z.object({ adcode: z.string(), nameZh: z.string() }),
    targetYear: z.int(),
    targetValue: z.number().meta({ description: "In the indicator's unit" }),
    targetType: z.enum(["min", "max", "approx"]),
    kind: z.enum(["level", "growth_rate", "reduction", "cumulative"]).meta({
      description: "level: the value in year T; growth_rate: average annual growth; reduction: a fall from the baseline; cumulative: a sum over the period",
    }),
    rate: z.number().nullable().meta({ description: "growth_rate and reduction: the rate in percent; targetValue is then the level it implies" }),
    baseline: yearValue.nullable(),
    latest: yearValue.nullable(),
    basis: yearValue.nullable().meta({ description: "The figure the status rests on, with its statistical year" }),
    completion: z.number().nullable(),
    timeShare: z.number().nullable(),
    lagPp: z.number().nullable(),
    status: z.enum(PROGRESS_STATUSES),
    final: z.object({ status: z.string(), year: z.int().nullable(), value: z.number().nullable() }).nullable(),
    lenses: z.strictObject({ unsd: lens, statcan: lens, escap: lens, linear: lens }),
    explanation: bilingual,
    caveats: z.array(z.string()),
  })
  .meta({ id: "ProgressEntry" });

export const progressResponse = z.strictObject({
  plan: z.string(),
  asOf: moment,
  evaluationYear: z.int(),
  entries: z.array(progressEntry),
  next: z.int().nullable().meta({ description: "`after` of the next page; null on the last page" }),
});

export const observationSummary = z
  .strictObject({
    id: z.int().meta({ description: "Id of the current version: send it back as baseVersionId when editing" }),
    indicator: z.string(),
    region: z.object({ adcode: z.string(), nameZh: z.string(), nameEn: z.string() }),
    year: z.int().meta({ description: "Statistical year" }),
    value: z.number().meta({ description: "In the indicator's unit" }),
    unit: z.string(),
    valueAsEntered: z.string().nullable(),
    unitAsEntered: z.string().nullable(),
    source: z.string(),
    note: z.string().nullable(),
    flags: z.array(z.string()),
    version: z.int(),
    createdAt: moment,
    createdBy: z.string().nullable(),
  })
  .meta({ id: "Observation" });

export const observationListResponse = z.strictObject({ observations: z.array(observationSummary), asOf: moment });

const reportSummary = z
  .strictObject({
    id: z.int(),
    title: z.string(),
    description: z.string(),
    visibility: z.enum(["private", "team"]),
    pinnedAt: moment.nullable().meta({ description: "null = live data" }),
    version: z.int(),
    owner: z.object({ id: z.int(), name: z.string() }),
    createdAt: moment,
    updatedAt: moment,
  })
  .meta({ id: "ReportSummary" });

const reportSelection = z
  .strictObject({
    plan: z.string(),
    indicators: z.array(z.string()).meta({ description: "Empty: every indicator" }),
    regions: z.array(z.string()).meta({ description: "Empty: every region" }),
    years: z.object({ from: z.int(), to: z.int() }),
    lens: z.enum(LENSES),
    charts: z.object({ kind: z.enum(CHART_KINDS), showTrajectory: z.boolean(), showProjection: z.boolean() }),
    warnings: z.boolean().meta({ description: "Include the early-warning list (预警) of the selection's targets" }),
  })
  .meta({ id: "ReportSelection" });

const report = z
  .strictObject({
    ...reportSummary.shape,
    commentary: z.string().meta({ description: "Markdown" }),
    selection: reportSelection,
    annotations: z.array(z.strictObject({ id: z.int(), indicatorCode: z.string(), regionAdcode: z.string(), year: z.int().nullable(), body: z.string() })),
  })
  .meta({ id: "Report" });

export const reportListResponse = z.strictObject({
  mine: z.array(reportSummary),
  team: z.array(reportSummary).meta({ description: "Others' reports the caller may read: team reports (for an admin, every report)" }),
});

export const reportResponse = z.strictObject({ report });

export const shareLink = z
  .strictObject({
    id: z.int(),
    reportId: z.int(),
    reportTitle: z.string(),
    createdAt: moment,
    createdBy: z.string(),
    expiresAt: moment.nullable(),
    revokedAt: moment.nullable(),
    allowExport: z.boolean(),
    viewCount: z.int(),
    lastViewedAt: moment.nullable(),
    state: z.enum(["active", "expired", "revoked"]),
  })
  .meta({ id: "ShareLink" });

export const shareCreated = z.strictObject({ id: z.int(), token: z.string(), url: z.string(), expiresAt: moment.nullable(), allowExport: z.boolean() });

export const tokenSummary = z
  .strictObject({
    id: z.int(),
    name: z.string(),
    prefix: z.string(),
    createdAt: moment,
    lastUsedAt: moment.nullable().meta({ description: "Recorded at most once a minute" }),
    expiresAt: moment.nullable().meta({ description: "null: never expires" }),
    revokedAt: moment.nullable(),
  })
  .meta({ id: "ApiToken" });

export const tokenCreated = z.strictObject({
  id: z.int(),
  token: z.string().meta({ description: "Shown this once" }),
  name: z.string(),
  prefix: z.string(),
  createdAt: moment,
  expiresAt: moment.nullable(),
});

/** `{ [key]: T[] }`, the shape of the plain list endpoints. */
export const listOf = <K extends string>(key: K, item: z.ZodType) => z.object({ [key]: z.array(item) } as Record<K, z.ZodArray<z.ZodType>>);

// The reference lists: the fields every item has, typed; items are open objects (a field
// added later is not a breaking change), but each field named here is promised.
const bilingualName = { nameZh: z.string(), nameEn: z.string() };

export const planSummary = z
  .looseObject({
    slug: z.string(),
    ...bilingualName,
    docNumber: z.string(),
    issueDate: z.iso.date(),
    periodStart: z.int(),
    periodEnd: z.int(),
    outlookYear: z.int(),
    baseYear: z.int(),
    isDefault: z.boolean(),
    version: z.int(),
    counts: z.object({ targets: z.int(), goals: z.int(), regions: z.int() }),
  })
  .meta({ id: "PlanSummary" });

export const regionItem = z
  .looseObject({
    adcode: z.string(),
    ...bilingualName,
    level: z.string(),
    parentAdcode: z.string().nullable(),
    inCluster: z.string().nullable(),
    plans: z.array(z.object({ plan: z.string(), membership: z.string(), note: z.string().nullable() })),
    aliases: z.array(z.object({ alias: z.string(), kind: z.string() })),
  })
  .meta({ id: "Region" });

export const indicatorItem = z
  .strictObject({
    code: z.string(),
    ...bilingualName,
    unit: z.string(),
    definitionZh: z.string().nullable(),
    definitionEn: z.string().nullable(),
    attribute: z.enum(["binding", "expected"]).nullable(),
  })
  .meta({ id: "Indicator" });

const targetItem = z
  .looseObject({
    id: z.int(),
    plan: z.string(),
    indicator: z.string(),
    unit: z.string(),
    region: z.object({ adcode: z.string(), ...bilingualName }),
    year: z.int(),
    value: z.number().meta({ description: "In the indicator's unit; for growth_rate and reduction the level the rate implies" }),
    type: z.enum(["min", "max", "approx"]),
    kind: z.enum(["level", "growth_rate", "reduction", "cumulative"]),
    rate: z.number().nullable(),
    tolerancePct: z.number().nullable(),
    baseline: yearValue.nullable(),
    clause: z.string(),
  })
  .meta({ id: "Target" });

/** GET /api/v1/targets: one page of the plan's targets. */
export const targetPage = z.object({
  plan: z.string().nullable().meta({ description: "The plan named, else the default one; null when there is no plan" }),
  targets: z.array(targetItem),
  next: z.int().nullable().meta({ description: "`after` of the next page; null on the last page" }),
});

export const goalItem = z
  .looseObject({
    key: z.string(),
    kind: z.string(),
    titleZh: z.string(),
    titleEn: z.string(),
    year: z.int().nullable(),
    targetIds: z.array(z.int()),
    children: z.array(z.looseObject({ key: z.string() })),
  })
  .meta({ id: "GoalNode" });

export const userItem = z
  .strictObject({
    id: z.int(),
    email: z.string(),
    name: z.string(),
    role: z.enum(["admin", "analyst", "reporter", "viewer"]),
    unitId: z.int().nullable().meta({ description: "The user's responsible unit (every reporter has one)" }),
    active: z.boolean(),
    createdAt: moment,
  })
  .meta({ id: "User" });

export const auditEntry = z
  .strictObject({
    id: z.string().meta({ description: "Decimal string (64-bit)" }),
    createdAt: moment,
    actor: z.object({ id: z.int(), name: z.string(), email: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    meta: z.unknown(),
  })
  .meta({ id: "AuditEntry" });
