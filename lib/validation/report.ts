import { z } from "zod";

// One schema per input, shared by the report builder form and the API.
// A report's selection names what it shows; an empty indicators or regions list means
// "all of them" (so a report on the whole plan keeps up when indicators are added).

export const LENSES = ["schedule", "unsd", "statcan", "escap", "linear"] as const;
export type Lens = (typeof LENSES)[number];

export const CHART_KINDS = ["series", "table"] as const;

const code = z.string().trim().min(1).max(64);
const adcode = z.string().trim().min(2).max(16);
const year = z.number().int().min(1900).max(2100);
const moment = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const reportSelectionSchema = z
  .object({
    plan: z.string().trim().min(1).max(64),
    indicators: z.array(code).max(200).default([]),
    regions: z.array(adcode).max(500).default([]),
    years: z.object({ from: year, to: year }),
    lens: z.enum(LENSES).default("schedule"),
    charts: z
      .object({
        kind: z.enum(CHART_KINDS).default("series"),
        // the straight line from baseline to target
        showTrajectory: z.boolean().default(true),
        // the dashed projection from the latest figure
        showProjection: z.boolean().default(true),
      })
      .default({ kind: "series", showTrajectory: true, showProjection: true }),
    // a block with the plan's early warnings (预警) for the selection's targets
    warnings: z.boolean().default(false),
  })
  .refine((s) => s.years.from <= s.years.to, { path: ["years", "to"], message: "yearOrder" })
  .transform((s) => ({ ...s, indicators: [...new Set(s.indicators)], regions: [...new Set(s.regions)] }));

export type ReportSelection = z.infer<typeof reportSelectionSchema>;

/** Commentary pinned to an indicator × region (× year), shown beside that chart. */
const annotationSchema = z.object({
  indicatorCode: code,
  regionAdcode: adcode,
  year: year.nullable().default(null),
  body: z.string().trim().min(1).max(5_000),
});

const reportFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2_000).default(""),
  commentary: z.string().max(50_000).default(""),
  selection: reportSelectionSchema,
  // null = live data; a moment = the data as it stood then
  pinnedAt: moment.nullable().default(null),
  visibility: z.enum(["private", "team"]).default("private"),
  annotations: z.array(annotationSchema).max(200).default([]),
};

export const reportCreateSchema = z.object(reportFields);
export type ReportCreateInput = z.infer<typeof reportCreateSchema>;

/** An edit names the version it started from: a stale version is refused (409). */
export const reportUpdateSchema = z.object({
  version: z.number().int().min(1),
  title: reportFields.title.optional(),
  description: z.string().trim().max(2_000).optional(),
  commentary: z.string().max(50_000).optional(),
  selection: reportSelectionSchema.optional(),
  pinnedAt: moment.nullable().optional(),
  visibility: z.enum(["private", "team"]).optional(),
  annotations: z.array(annotationSchema).max(200).optional(),
});
export type ReportUpdateInput = z.infer<typeof reportUpdateSchema>;

export const reportDuplicateSchema = z.object({ title: reportFields.title.optional() });

/**
 * A new share link. `expiresAt` omitted → the default lifetime; `null` → never expires
 * (admins only); a moment → that moment (must be in the future).
 */
export const shareCreateSchema = z.object({
  expiresAt: moment.nullable().optional(),
  allowExport: z.boolean().default(true),
});
export type ShareCreateInput = z.infer<typeof shareCreateSchema>;

const EXPORT_FORMATS = ["csv", "xlsx", "pdf", "png", "docx"] as const;

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default("csv"),
  // PNG: which chart, as "<indicator>:<adcode>"; default the first one
  chart: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,64}:[\w.-]{2,16}$/)
    .optional(),
});
