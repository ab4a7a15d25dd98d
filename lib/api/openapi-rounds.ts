// The monitoring-round and early-warning paths of the OpenAPI document (lib/api/openapi.ts
// spreads them in), with the response schemas of their handlers (strict: a field the API
// sends but this file does not name fails tests/integration/rounds.integration.test.ts).
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, jsonBody, jsonResponse, op } from "@/lib/api/openapi-helpers";
import { progressResponse } from "@/lib/api/response-schemas";
import { roundCreateInput, roundIdParam, roundListQuery, roundReopenInput, roundTodoQuery, warningsQuery } from "@/lib/validation/rounds";

const bilingual = z.object({ zh: z.string(), en: z.string() });
const yearValue = z.object({ year: z.int(), value: z.number() });
const unitRef = z.strictObject({ id: z.int(), nameZh: z.string(), nameEn: z.string() });
const day = z.iso.date().meta({ description: "A calendar day (China)" });
const itemStatus = z.enum(["official", "pending", "returned", "missing"]).meta({
  description: "official: a current observation exists for the round's year; pending: a submission awaits review; returned: sent back; missing: nothing",
});

const roundSummary = z
  .strictObject({
    id: z.int(),
    plan: z.string(),
    name: z.string(),
    year: z.int().meta({ description: "The statistical year collected" }),
    dueDate: day,
    status: z.enum(["open", "frozen"]),
    freezeNo: z.int().meta({ description: "Freezes so far; results of every freeze are kept" }),
    frozenAt: z.iso.datetime({ offset: true }).nullable(),
    targetCount: z.int(),
  })
  .meta({ id: "RoundSummary" });

const counts = {
  total: z.int(),
  official: z.int(),
  pending: z.int(),
  returned: z.int(),
  missing: z.int(),
  share: z.number().nullable().meta({ description: "official / total (0..1)" }),
};

const roundTarget = z.strictObject({
  targetId: z.int(),
  indicator: z.string(),
  indicatorNameZh: z.string(),
  indicatorNameEn: z.string(),
  region: z.strictObject({ adcode: z.string(), nameZh: z.string(), nameEn: z.string() }),
  targetYear: z.int(),
  status: itemStatus,
  leadUnit: unitRef.nullable(),
  supportUnits: z.array(unitRef),
});

export const roundDetail = roundSummary
  .extend({
    pastDue: z.boolean().meta({ description: "The due date has passed (China time)" }),
    totals: z.strictObject(counts),
    units: z.array(
      z.strictObject({
        unitId: z.int().nullable().meta({ description: "null: targets with no unit assigned" }),
        nameZh: z.string(),
        nameEn: z.string(),
        ...counts,
        overdue: z.boolean().meta({ description: "Past due and a figure still missing or returned" }),
      }),
    ),
    targets: z.array(roundTarget),
  })
  .meta({ id: "RoundDetail" });

export const roundResults = z.strictObject({
  roundId: z.int(),
  status: z.enum(["open", "frozen"]),
  freezeNo: z.int(),
  frozenAt: z.iso.datetime({ offset: true }),
  entries: progressResponse.shape.entries.meta({ description: "The evaluation at the freeze, one per target, shaped like /progress entries" }),
  revisedSince: z
    .array(
      z.strictObject({
        targetId: z.int(),
        changed: z.array(z.enum(["status", "basis", "latest", "completion"])),
        live: z.strictObject({ status: z.string(), basis: yearValue.nullable(), latest: yearValue.nullable(), completion: z.number().nullable() }),
      }),
    )
    .meta({ description: "Targets whose live evaluation differs now: revised since the round, shown beside the frozen result" }),
});

export const warningsResponse = z.strictObject({
  plan: z.string(),
  roundId: z.int().nullable(),
  source: z.enum(["live", "frozen"]),
  evaluationYear: z.int(),
  asOf: z.iso.datetime({ offset: true }),
  warnings: z.array(
    z
      .strictObject({
        kind: z.enum(["off_track", "at_risk", "cap_crossing", "no_data"]),
        targetId: z.int(),
        indicator: z.string(),
        indicatorNameZh: z.string(),
        indicatorNameEn: z.string(),
        region: z.strictObject({ adcode: z.string(), nameZh: z.string(), nameEn: z.string() }),
        targetYear: z.int(),
        targetValue: z.number(),
        targetType: z.enum(["min", "max", "approx"]),
        status: z.string(),
        leadUnit: unitRef.nullable(),
        completion: z.number().nullable().meta({ description: "Share of the way to the target, 0.62 = 62 %" }),
        sentence: bilingual.meta({ description: "The arithmetic behind the warning" }),
        trend: z.array(yearValue).meta({ description: "The last values, ascending" }),
      })
      .meta({ id: "Warning" }),
  ),
});

const idPath = roundIdParam;

export const roundPaths: ZodOpenApiPathsObject = {
  "/rounds": {
    get: op({
      tag: "rounds",
      summary: "List monitoring rounds (年度监测), newest year first",
      query: roundListQuery,
      ok: [200, jsonResponse("Rounds", z.object({ rounds: z.array(roundSummary) }))],
    }),
    post: op({
      tag: "rounds",
      summary: "Open a round (admins). Without `targets`: the plan's targets with a target year ≥ `year`",
      body: jsonBody(roundCreateInput),
      ok: [201, jsonResponse("The round", z.object({ id: z.int() }))],
      errors: errors(401, 403, 409, 422),
    }),
  },
  "/rounds/{id}": {
    get: op({
      tag: "rounds",
      summary: "A round with its completeness by unit and by target",
      path: idPath,
      ok: [200, jsonResponse("Round", roundDetail)],
      errors: errors(401, 404, 422),
    }),
  },
  "/rounds/{id}/todo": {
    get: op({
      tag: "rounds",
      summary: "A unit's to-do list (missing and returned figures); without `unit` the caller's own unit (null when none)",
      path: idPath,
      query: roundTodoQuery,
      ok: [
        200,
        jsonResponse("To-do", z.object({ todo: z.object({ unitId: z.int(), dueDate: day, pastDue: z.boolean(), items: z.array(roundTarget) }).nullable() })),
      ],
      errors: errors(401, 404, 422),
    }),
  },
  "/rounds/{id}/freeze": {
    post: op({
      tag: "rounds",
      summary: "Freeze the round (admins): the evaluation of every target now, with the observation versions used",
      path: idPath,
      ok: [200, jsonResponse("Frozen", z.object({ id: z.int(), freezeNo: z.int(), frozenAt: z.string(), targets: z.int() }))],
      errors: errors(401, 403, 404, 409),
    }),
  },
  "/rounds/{id}/reopen": {
    post: op({
      tag: "rounds",
      summary: "Reopen a frozen round (admins, reason required, audited); earlier results are kept",
      path: idPath,
      body: jsonBody(roundReopenInput),
      ok: [200, jsonResponse("Reopened", z.object({ id: z.int(), status: z.literal("open") }))],
      errors: errors(401, 403, 404, 409, 422),
    }),
  },
  "/rounds/{id}/results": {
    get: op({
      tag: "rounds",
      summary: "The latest freeze's results, with what was revised since",
      path: idPath,
      ok: [200, jsonResponse("Results", roundResults)],
      errors: errors(401, 404, 422),
    }),
  },
  "/warnings": {
    get: op({
      tag: "rounds",
      summary: "Early warnings (预警): live, or of a round's frozen results; filter by unit, kind, region; format=csv|xlsx downloads the list",
      query: warningsQuery,
      ok: [200, jsonResponse("Warnings", warningsResponse)],
      errors: errors(401, 404, 422),
    }),
  },
};
