// The plan-document paths of the OpenAPI document (lib/api/openapi.ts spreads them in):
// listing and publishing plans (JSON, YAML or the XLSX workbook), their export and the
// workbook template.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, jsonResponse, op } from "@/lib/api/openapi-helpers";
import { listOf, planSummary } from "@/lib/api/response-schemas";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const item = z.looseObject({});
const binary = { schema: { type: "string", format: "binary" } } as const;
const slugParam = z.object({ slug: z.string().meta({ description: "Plan slug, e.g. chengyu-2016" }) });
const R = (summary: string, extra: Omit<Parameters<typeof op>[0], "summary" | "tag">) => op({ tag: "reference", ...extra, summary });
const WORKBOOK =
  'The workbook has the sheets 基本信息 (one field a row), 目标体系, 指标, 目标值, 地区 (scope and roles) and 基期数据, headers reading "中文名 field"; GET /plans/template.xlsx gives an empty one';

export const planDocumentPaths: ZodOpenApiPathsObject = {
  "/plans": {
    get: R("List plans (isDefault marks the plan requests naming none get)", { ok: [200, jsonResponse("Plans", listOf("plans", planSummary))] }),
    post: R(
      "Publish a plan document (admins): creates the plan, or a new version of an existing slug. The body is JSON, YAML (a YAML content type) or the XLSX workbook (an XLSX content type, a multipart `file`, or any body that is a zip); 422 issues name each path, and for a workbook each sheet and cell (`cell`: 目标值!E5)",
      {
        query: z.object({
          dryRun: z.enum(["1", "true", "0", "false"]).optional().meta({ description: "1: say what would be created or changed, write nothing" }),
        }),
        body: {
          required: true,
          content: {
            "application/json": {
              schema: item.meta({ description: "The plan document, as described by /api/v1/plan-document.schema.json" }),
            },
            "application/yaml": { schema: { type: "string" } },
            [XLSX]: { schema: { type: "string", format: "binary", description: WORKBOOK } },
            "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } } } },
          },
        },
        ok: [201, jsonResponse("What was created or changed", item)],
        errors: { "200": jsonResponse("Dry run, or unchanged", item), ...errors(401, 403, 409, 413, 422) },
      },
    ),
  },
  "/plan-document.schema.json": { get: R("JSON Schema of plan documents (generated from the zod schema)", { ok: [200, jsonResponse("JSON Schema", item)] }) },
  "/plans/{slug}/document": {
    get: R("The plan as a plan document (export); ?format=xlsx: as the workbook, which POST /plans takes back", {
      path: slugParam,
      query: z.object({ format: z.enum(["json", "xlsx"]).optional().meta({ description: "json (default) or xlsx" }) }),
      ok: [200, { description: "Plan document (Content-Disposition: attachment)", content: { "application/json": { schema: item }, [XLSX]: binary } }],
      errors: errors(401, 404, 422),
    }),
  },
  "/plans/template.xlsx": {
    get: R("An empty plan workbook: header rows, drop-down lists for kind, type, attribute, membership and role, and a sheet of instructions", {
      ok: [200, { description: WORKBOOK, content: { [XLSX]: binary } }],
    }),
  },
};
