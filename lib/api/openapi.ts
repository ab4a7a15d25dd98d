// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Hand-written,
// with request bodies taken from the zod schemas the handlers parse with where those
// live in lib/validation. tests/unit/openapi.test.ts fails when a route.ts under
// app/api/v1 (or one of its methods) has no entry here.
import { errors, fromZod, jsonBody, jsonResponse, op, pathParam, queryParam, ref, type Json } from "@/lib/api/openapi-helpers";
import { observationListQuery } from "@/lib/validation/read-queries";
import { reportCreateSchema, reportDuplicateSchema, reportSelectionSchema, reportUpdateSchema, shareCreateSchema } from "@/lib/validation/report";

const id = pathParam("id", "Numeric id", "integer");
const asOf = queryParam("asOf", "ISO 8601 moment: the data as it stood then (default now)", { type: "string", format: "date-time" });
const list = (key: string, item: Json = { type: "object" }) => ({ type: "object", properties: { [key]: { type: "array", items: item } } });
const R = (summary: string, extra: Omit<Parameters<typeof op>[0], "summary" | "tag"> & { tag?: string }) => op({ tag: "reference", ...extra, summary });

const observationWrite: Json = {
  type: "object",
  required: ["region", "indicator", "year", "value", "source"],
  properties: {
    region: { type: "string", description: "Administrative code, full or short name, historic alias, or the cluster" },
    indicator: { type: "string", description: "Indicator code (or its Chinese/English name)" },
    year: { type: "integer", description: "Statistical year" },
    value: { type: ["number", "string"], description: "Thousands separators allowed" },
    unit: { type: "string", description: "Unit as published; converted to the indicator's unit" },
    source: { type: "string" },
    note: { type: "string" },
    flags: { type: "array", items: { type: "string", enum: ["provisional", "estimated", "definition_differs", "low_confidence", "break_in_series"] } },
    baseVersionId: { type: "integer", description: "The version the edit started from: 409 if someone saved in between" },
  },
};

const tokenSummary = {
  type: "object",
  properties: {
    id: { type: "integer" },
    name: { type: "string" },
    prefix: { type: "string" },
    createdAt: { type: "string", format: "date-time" },
    lastUsedAt: { type: ["string", "null"], format: "date-time", description: "Recorded at most once a minute" },
    expiresAt: { type: ["string", "null"], format: "date-time", description: "null: never expires" },
    revokedAt: { type: ["string", "null"], format: "date-time" },
  },
};

const paths: Record<string, Json> = {
  "/plans": { get: R("List plans", { ok: [200, jsonResponse("Plans", list("plans"))] }) },
  "/plans/{slug}": { get: R("A plan with its goals, indicators and targets", { params: [pathParam("slug", "Plan slug, e.g. chengyu-2016")], ok: [200, jsonResponse("Plan")], errors: errors(401, 404) }) },
  "/regions": { get: R("List regions", { params: [queryParam("q", "Name, alias or code")], ok: [200, jsonResponse("Regions", list("regions"))] }) },
  "/regions/{adcode}": { get: R("A region", { params: [pathParam("adcode", "Administrative code")], ok: [200, jsonResponse("Region")], errors: errors(401, 404) }) },
  "/indicators": {
    get: R("List indicators", { ok: [200, jsonResponse("Indicators", list("indicators"))] }),
    post: R("Add an indicator (admins, analysts)", { body: jsonBody({ type: "object", required: ["code", "nameZh", "nameEn", "unit"], properties: { code: { type: "string" }, nameZh: { type: "string" }, nameEn: { type: "string" }, unit: { type: "string" }, definitionZh: { type: "string" }, definitionEn: { type: "string" }, attribute: { enum: ["binding", "expected", null] } } }), ok: [201, jsonResponse("Created")], errors: errors(401, 403, 409, 422) }),
  },
  "/indicators/{code}": { patch: R("Change an indicator", { params: [pathParam("code", "Indicator code")], body: jsonBody({ type: "object" }), ok: [200, jsonResponse("Updated")], errors: errors(401, 403, 404, 422) }) },
  "/plans/{slug}/settings": {
    patch: R("Change the plan's evaluation thresholds (admins): nearlyAchievedPct (基本完成 tolerance, %), onTrackLagPp, atRiskLagPp, ceilingMarginPp (序时进度, pp)", { params: [pathParam("slug", "Plan slug")], body: jsonBody({ type: "object" }), ok: [200, jsonResponse("Updated")], errors: errors(401, 403, 404, 422) }),
  },
  "/targets": {
    get: R("List targets", { params: [queryParam("plan", "Plan slug"), queryParam("indicator", "Indicator code"), queryParam("region", "Administrative code")], ok: [200, jsonResponse("Targets", list("targets"))] }),
    post: R("Add a target (admins)", { body: jsonBody({ type: "object", required: ["plan", "indicator", "region", "year", "value", "type"], properties: { plan: { type: "string" }, indicator: { type: "string" }, region: { type: "string" }, year: { type: "integer" }, value: { type: "number" }, type: { enum: ["min", "max", "approx"] }, tolerancePct: { type: "number" }, baselineYear: { type: "integer" }, baselineValue: { type: "number" }, clause: { type: "string" } } }), ok: [201, jsonResponse("Created")], errors: errors(401, 403, 409, 422) }),
  },
  "/targets/{id}": { patch: R("Change a target (admins)", { params: [id], body: jsonBody({ type: "object" }), ok: [200, jsonResponse("Updated")], errors: errors(401, 403, 404, 422) }) },
  "/observations": {
    get: op({ tag: "observations", summary: "Current figures (newest version of each series as of a moment)", params: Object.entries((fromZod(observationListQuery).properties ?? {}) as Record<string, Json>).map(([k, s]) => queryParam(k, k === "asOf" ? "ISO 8601 moment" : k, s)), ok: [200, jsonResponse("Observations", list("observations"))], errors: errors(401, 422) }),
    post: op({ tag: "observations", summary: "Record a figure (a new version; never overwrites): 201 when the series is new, 200 when it was updated or unchanged", body: jsonBody(observationWrite), ok: [201, jsonResponse("Recorded: {status, observation, warnings}")], errors: { "200": jsonResponse("Updated or unchanged: {status, observation, warnings}"), ...errors(401, 403, 409, 422) } }),
  },
  "/observations/import": {
    post: op({
      tag: "observations",
      summary: "Import a CSV or XLSX file, all rows or none",
      params: [
        queryParam("dryRun", "true: classify rows, write nothing; rowWarnings lists implausible rows", { type: "boolean" }),
        queryParam("sheet", "XLSX: the worksheet to read (default: the one whose header matches; several → 422 listing `sheets`)"),
        queryParam("confirmWarnings", "true: import rows with plausibility warnings; without it such a file answers 422 UNCONFIRMED_WARNINGS and writes nothing", { type: "boolean" }),
        queryParam("layout", "Yearbook tables: auto (default) | long | wide-years | wide-indicators | wide-regions; the dry run answers the layout and headerRow it read", { type: "string", enum: ["auto", "long", "wide-years", "wide-indicators", "wide-regions"] }),
        queryParam("headerRow", "Worksheet row number of the header (below title and unit lines)", { type: "integer" }),
        queryParam("indicator", "Indicator (code or name) of every figure of a one-indicator table"),
        queryParam("unit", "Unit of the figures when neither the header nor a unit column says"),
        queryParam("source", "Source of every figure whose row names none (else a 资料来源 line under the table)"),
        queryParam("region", "Region of every figure of a one-region table"),
        queryParam("year", "Statistical year of every figure of a one-year table", { type: "integer" }),
        queryParam("columns", "What columns hold: A:region,B:ignore,C:value (region/year/indicator/value/unit/source/note/flags/published/ignore)"),
        queryParam("mapping", "Apply the mapping saved under this name (a mapping saved for the same header applies by itself)"),
        queryParam("saveMapping", "Save the mapping used under this name"),
        queryParam("overwrite", "Rows (preview keys) that may overwrite a newer correction, or all; others are held back"),
      ],
      body: { required: true, content: { "text/csv": { schema: { type: "string" } }, "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } } } } } },
      ok: [200, jsonResponse("Counts", { type: "object", properties: { created: { type: "integer" }, updated: { type: "integer" }, unchanged: { type: "integer" }, errors: { type: "array", items: { type: "object" } } } })],
      errors: { ...(errors(401, 403, 413, 422) as Record<string, Json>), "503": { description: "Too many imports running on this instance; retry after Retry-After seconds" } },
    }),
  },
  "/imports/{id}/undo": {
    post: op({
      tag: "observations",
      summary: "Undo an import (id = the import's batch): each series back to its version before it, as new versions; series changed since by someone else are refused unless listed in ?confirm= (or all)",
      params: [pathParam("id", "The import's batch"), queryParam("confirm", "all, or series indicator:adcode:year,…")],
      ok: [200, jsonResponse("restored, retracted, conflicts, refused")],
      errors: errors(401, 403, 404, 409, 422),
    }),
  },
  "/observations/{id}/history": { get: op({ tag: "observations", summary: "Every version of the figure's series", params: [id], ok: [200, jsonResponse("Versions")], errors: errors(401, 404) }) },
  "/observations/{id}/retract": { post: op({ tag: "observations", summary: "Retract a figure (with a reason)", params: [id], body: jsonBody({ type: "object", required: ["reason"], properties: { reason: { type: "string" } } }), ok: [201, jsonResponse("Retraction recorded")], errors: errors(401, 403, 404, 409, 422) }) },
  "/progress": { get: op({ tag: "progress", summary: "Status of every target of a plan as of a moment", params: [queryParam("plan", "Plan slug"), asOf, queryParam("indicator", "Indicator code"), queryParam("region", "Administrative code")], ok: [200, jsonResponse("One entry per target", list("entries"))], errors: errors(401, 404, 422) }) },
  "/goals": { get: op({ tag: "progress", summary: "The plan's goal tree with status roll-ups of linked targets and current assessments", params: [queryParam("plan", "Plan slug"), asOf], ok: [200, jsonResponse("Goal tree", list("goals"))], errors: errors(401, 404, 422) }) },
  "/goals/{key}/assessments": {
    get: op({ tag: "progress", summary: "Assessments of a goal, with history", params: [pathParam("key", "Goal key, e.g. goal-2020.urban-system")], ok: [200, jsonResponse("Assessments", list("assessments"))], errors: errors(401, 404) }),
    post: op({ tag: "progress", summary: "Assess a goal for a year (supersedes, never overwrites)", params: [pathParam("key", "Goal key, e.g. goal-2020.urban-system")], body: jsonBody({ type: "object", required: ["year", "rating", "narrative"], properties: { year: { type: "integer" }, rating: { enum: ["good", "basically_on_track", "lagging", "seriously_lagging"] }, narrative: { type: "string" }, evidence: { type: "array", items: { type: "object", properties: { title: { type: "string" }, url: { type: "string" } } } } } }), ok: [201, jsonResponse("Recorded")], errors: errors(401, 403, 404, 422) }),
  },
  "/users": {
    get: op({ tag: "accounts", summary: "List users (admins)", ok: [200, jsonResponse("Users", list("users"))], errors: errors(401, 403) }),
    post: op({ tag: "accounts", summary: "Create a user (admins)", body: jsonBody({ type: "object", required: ["email", "password", "role", "name"], properties: { email: { type: "string", format: "email" }, password: { type: "string" }, role: { enum: ["admin", "analyst", "viewer"] }, name: { type: "string" } } }), ok: [201, jsonResponse("Created")], errors: errors(401, 403, 409, 422) }),
  },
  "/users/{id}": { patch: op({ tag: "accounts", summary: "Change a user's role, name, password or active state (admins); a role, password or active-state change ends the user's sessions", params: [id], body: jsonBody({ type: "object" }), ok: [200, jsonResponse("Updated")], errors: errors(401, 403, 404, 422) }) },
  "/tokens": {
    get: op({ tag: "accounts", summary: "My API tokens (never the secrets), with last use (to the minute) and expiry", ok: [200, jsonResponse("Tokens", list("tokens", tokenSummary))], errors: errors(401) }),
    post: op({
      tag: "accounts",
      summary: "Create an API token (with a session, or with {email, password, name}); shown once. Not with an API token (403).",
      body: jsonBody({ type: "object", required: ["name"], properties: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, expiresInDays: { type: ["integer", "null"], minimum: 1, maximum: 3650, default: 365, description: "Lifetime in days; null: never expires" } } }),
      ok: [201, jsonResponse("The token", { type: "object", properties: { ...tokenSummary.properties, token: { type: "string" } } })],
      errors: errors(401, 403, 422, 429),
    }),
  },
  "/tokens/{id}": { delete: op({ tag: "accounts", summary: "Revoke one of my API tokens", params: [id], ok: [200, jsonResponse("Revoked")], errors: errors(401, 404) }) },
  "/audit": { get: op({ tag: "accounts", summary: "Audit log (admins)", params: [queryParam("action", "e.g. observation.import"), queryParam("from", "ISO moment"), queryParam("to", "ISO moment")], ok: [200, jsonResponse("Entries", list("entries"))], errors: errors(401, 403) }) },

  "/reports": {
    get: op({ tag: "reports", summary: "My reports and the reports shared with the team", ok: [200, jsonResponse("Reports", { type: "object", properties: { mine: { type: "array", items: ref("ReportSummary") }, team: { type: "array", items: ref("ReportSummary") } } })] }),
    post: op({ tag: "reports", summary: "Create a report (analysts, admins)", body: jsonBody(fromZod(reportCreateSchema)), ok: [201, jsonResponse("The report", { type: "object", properties: { report: ref("Report") } })], errors: errors(401, 403, 422) }),
  },
  "/reports/{id}": {
    get: op({ tag: "reports", summary: "A report with its figures and statuses as of its moment, and for a pinned report what changed since", params: [id], ok: [200, jsonResponse("Report and data", { type: "object", properties: { report: ref("Report"), data: { type: "object" }, changes: { type: ["object", "null"] } } })], errors: errors(401, 404) }),
    patch: op({ tag: "reports", summary: "Edit a report; `version` must be the current one", params: [id], body: jsonBody(fromZod(reportUpdateSchema)), ok: [200, jsonResponse("The report", { type: "object", properties: { report: ref("Report") } })], errors: errors(401, 403, 404, 409, 422) }),
    delete: op({ tag: "reports", summary: "Delete a report (its share links stop working)", params: [id], ok: [204, { description: "Deleted" }], errors: errors(401, 403, 404) }),
  },
  "/reports/{id}/duplicate": { post: op({ tag: "reports", summary: "Copy a report as my private report", params: [id], body: { required: false, content: { "application/json": { schema: fromZod(reportDuplicateSchema) } } }, ok: [201, jsonResponse("The copy", { type: "object", properties: { report: ref("Report") } })], errors: errors(401, 403, 404) }) },
  "/reports/{id}/shares": {
    get: op({ tag: "reports", summary: "The report's share links (owner, admins)", params: [id], ok: [200, jsonResponse("Links", list("shares", ref("ShareLink")))], errors: errors(401, 403, 404) }),
    post: op({ tag: "reports", summary: "Create a share link; omitted expiresAt = 30 days, null = never (admins)", params: [id], body: jsonBody(fromZod(shareCreateSchema)), ok: [201, jsonResponse("The link; the token is shown only here", { type: "object", properties: { id: { type: "integer" }, token: { type: "string" }, url: { type: "string" }, expiresAt: { type: ["string", "null"], format: "date-time" }, allowExport: { type: "boolean" } } })], errors: errors(401, 403, 404, 422) }),
  },
  "/reports/{id}/export": {
    get: {
      ...op({ tag: "reports", summary: "Download the report: CSV/XLSX (one row per figure; the CSV re-imports unchanged), A4 PDF, or PNG of one chart", params: [id, queryParam("format", "File format", { enum: ["csv", "xlsx", "pdf", "png"], default: "csv" }), queryParam("chart", "PNG: <indicator>:<adcode>; default the first chart")], ok: [200, { description: "The file (Content-Disposition: attachment)", content: { "text/csv": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}, "application/pdf": {}, "image/png": {} } }], errors: errors(401, 403, 404, 422) }),
    },
  },
  "/shares": { get: op({ tag: "reports", summary: "Every share link I manage (admins: all links)", ok: [200, jsonResponse("Links", list("shares", ref("ShareLink")))], errors: errors(401, 403) }) },
  "/shares/{id}": { delete: op({ tag: "reports", summary: "Revoke a share link at once", params: [id], ok: [200, jsonResponse("The link", { type: "object", properties: { share: ref("ShareLink") } })], errors: errors(401, 403, 404) }) },
  "/openapi.json": { get: op({ tag: "reference", summary: "This document", public: true, ok: [200, jsonResponse("OpenAPI 3.1")], errors: {} }) },
};

const reportSummary: Json = {
  type: "object",
  properties: {
    id: { type: "integer" },
    title: { type: "string" },
    description: { type: "string" },
    visibility: { enum: ["private", "team"] },
    pinnedAt: { type: ["string", "null"], format: "date-time", description: "null = live data" },
    version: { type: "integer" },
    owner: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
    createdAt: { type: "string", format: "date-time" },
    updatedAt: { type: "string", format: "date-time" },
  },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Plan Monitor API (规划监测)",
    version: "1",
    description:
      "Track the 成渝城市群发展规划 against observed statistics. Authenticate with `Authorization: Bearer <API token>` (POST /tokens) or a session cookie; writes with the session cookie must come from the app's own origin (Origin or Referer; else 403) and send `application/json` (else 415). Every response carries `x-request-id` (yours when you send one). Errors: `{error: {code, message: {zh, en}}}`. Values are in the indicator's unit; years are statistical years. Share-link tokens work only on /share/<token> pages, never here.",
  },
  servers: [{ url: "/api/v1" }],
  security: [{ bearerAuth: [] }, { sessionCookie: [] }],
  tags: ["reference", "observations", "progress", "accounts", "reports"].map((name) => ({ name })),
  paths,
  components: {
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "Personal API token (pm_…)" },
      sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
    },
    schemas: {
      Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { enum: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION", "RATE_LIMITED", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "UNAVAILABLE", "TIMEOUT", "INTERNAL"] }, message: { type: "object", properties: { zh: { type: "string" }, en: { type: "string" } } }, issues: { type: "array", items: { type: "object" } } } } } },
      ReportSelection: fromZod(reportSelectionSchema),
      ReportSummary: reportSummary,
      Report: { allOf: [ref("ReportSummary"), { type: "object", properties: { commentary: { type: "string" }, selection: ref("ReportSelection"), annotations: { type: "array", items: { type: "object" } } } }] },
      ShareLink: { type: "object", properties: { id: { type: "integer" }, reportId: { type: "integer" }, createdAt: { type: "string" }, createdBy: { type: "string" }, expiresAt: { type: ["string", "null"] }, revokedAt: { type: ["string", "null"] }, allowExport: { type: "boolean" }, viewCount: { type: "integer" }, lastViewedAt: { type: ["string", "null"] }, state: { enum: ["active", "expired", "revoked"] } } },
    },
  },
} as const;
