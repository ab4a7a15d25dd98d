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
    kind: z
      .enum(["level", "growth_rate", "reduction", "cumulative"])
      .meta({
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
