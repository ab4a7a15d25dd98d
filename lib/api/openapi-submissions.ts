// OpenAPI paths of units, assignments and submissions (the monitoring round's submit →
// review → accept loop), merged into the document by lib/api/openapi.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, jsonBody, jsonResponse, op } from "@/lib/api/openapi-helpers";
import { idParam } from "@/lib/validation/account";
import { SUBMISSION_STATUSES, submissionAccept, submissionListQuery, submissionReturn } from "@/lib/validation/submissions";
import { seriesAssignment, targetAssignment, unitCreate, unitPatch } from "@/lib/validation/units";

const TAG = "monitoring";

const unitRef = z.object({ id: z.int(), nameZh: z.string(), nameEn: z.string() });

export const unitItem = z
  .strictObject({ id: z.int(), nameZh: z.string(), nameEn: z.string(), kind: z.string().nullable(), contact: z.string().nullable(), active: z.boolean() })
  .meta({ id: "Unit" });

const assignment = z.object({ lead: unitRef.nullable(), support: z.array(unitRef) }).meta({ id: "Assignment" });

export const submissionItem = z
  .strictObject({
    id: z.int(),
    status: z.enum(SUBMISSION_STATUSES),
    roundId: z.int().nullable(),
    indicator: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
    region: z.object({ adcode: z.string(), nameZh: z.string(), nameEn: z.string() }),
    year: z.int().meta({ description: "Statistical year" }),
    value: z.number().meta({ description: "In the indicator's unit" }),
    unit: z.string(),
    valueAsEntered: z.string().nullable(),
    unitAsEntered: z.string().nullable(),
    source: z.string(),
    note: z.string().nullable(),
    flags: z.array(z.string()),
    responsibleUnit: unitRef.nullable(),
    submittedBy: z.object({ id: z.int(), name: z.string() }),
    createdAt: z.string(),
    replacesId: z.int().nullable().meta({ description: "The returned (or withdrawn) submission this one answers" }),
    baseVersionId: z.int().nullable().meta({ description: "The official version the submitter saw (null: none)" }),
    reviewComment: z.string().nullable(),
    reviewedBy: z.object({ id: z.int(), name: z.string() }).nullable(),
    reviewedAt: z.string().nullable(),
    observationId: z.int().nullable().meta({ description: "The Observation version written on accept" }),
    current: z
      .object({ id: z.int(), version: z.int(), kind: z.string(), value: z.number().nullable() })
      .nullable()
      .meta({ description: "The series' official figure now (what accepting replaces; its id is the baseVersionId to accept against)" }),
  })
  .meta({ id: "Submission" });

export const submissionPaths: ZodOpenApiPathsObject = {
  "/units": {
    get: op({
      tag: TAG,
      summary: "Responsible units (责任单位)",
      ok: [200, jsonResponse("Units", z.object({ units: z.array(unitItem) }))],
      errors: errors(401),
    }),
    post: op({
      tag: TAG,
      summary: "Create a unit (admins)",
      body: jsonBody(unitCreate),
      ok: [201, jsonResponse("Created", z.object({ id: z.int(), unit: unitItem }))],
      errors: errors(401, 403, 409, 422),
    }),
  },
  "/units/{id}": {
    patch: op({
      tag: TAG,
      summary: "Rename, describe, deactivate (active: false) or reactivate a unit (admins)",
      path: idParam,
      body: jsonBody(unitPatch),
      ok: [200, jsonResponse("Updated", z.object({ unit: unitItem }))],
      errors: errors(401, 403, 404, 409, 422),
    }),
  },
  "/targets/{id}/assignment": {
    put: op({
      tag: TAG,
      summary: "Replace a target's lead unit (牵头单位) and supporting units (admins); audited with before and after",
      path: idParam,
      body: jsonBody(targetAssignment),
      ok: [200, jsonResponse("The target's units now", z.object({ targetId: z.int(), assignment }))],
      errors: errors(401, 403, 404, 422),
    }),
  },
  "/series-assignment": {
    put: op({
      tag: TAG,
      summary: "Replace the units of one indicator × region series, whatever the target (admins)",
      body: jsonBody(seriesAssignment),
      ok: [200, jsonResponse("The series' units now", z.object({ indicator: z.string(), region: z.string(), assignment }))],
      errors: errors(401, 403, 422),
    }),
  },
  "/submissions": {
    get: op({
      tag: TAG,
      summary: "Submitted figures, newest first (reviewers: all; reporters: their unit's), each with the series' official figure beside it",
      query: submissionListQuery,
      ok: [200, jsonResponse("Submissions", z.object({ submissions: z.array(submissionItem) }))],
      errors: errors(401, 403, 422),
    }),
  },
  "/submissions/{id}/accept": {
    post: op({
      tag: TAG,
      summary:
        "Accept a submission (analysts, admins; never one's own): the figure becomes the series' next official version; 409 when the series changed since baseVersionId (default: the version the submitter saw) or the submission was already dealt with",
      path: idParam,
      body: jsonBody(submissionAccept, false),
      ok: [200, jsonResponse("Accepted", z.object({ id: z.int(), status: z.literal("accepted"), observation: z.looseObject({}), outcome: z.string() }))],
      errors: errors(401, 403, 404, 409, 422),
    }),
  },
  "/submissions/{id}/return": {
    post: op({
      tag: TAG,
      summary: "Return a submission to its unit with a comment (analysts, admins; never one's own); the reporter sees the comment and resubmits",
      path: idParam,
      body: jsonBody(submissionReturn),
      ok: [200, jsonResponse("Returned", z.object({ id: z.int(), status: z.literal("returned"), reviewComment: z.string() }))],
      errors: errors(401, 403, 404, 409, 422),
    }),
  },
};
