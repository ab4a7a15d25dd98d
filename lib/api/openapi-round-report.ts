// The round report path of the OpenAPI document (merged into lib/api/openapi.ts).
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, op } from "@/lib/api/openapi-helpers";
import { idParam } from "@/lib/validation/account";
import { roundReportQuery } from "@/lib/validation/round-report";

export const roundReportPaths: ZodOpenApiPathsObject = {
  "/rounds/{id}/report": {
    get: op({
      tag: "reports",
      summary:
        "The round's annual monitoring report (年度监测报告): the round's targets grouped by goal area — its frozen results once frozen, else the live evaluation — with responsible units and the early-warning list. format=docx (default; editable Word) or pdf (the same document converted by LibreOffice; 503 when the server has none); unit=<id> limits it to that unit's targets",
      path: idParam,
      query: roundReportQuery,
      ok: [
        200,
        {
          description: "The file (Content-Disposition: attachment)",
          content: { "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}, "application/pdf": {} },
        },
      ],
      errors: {
        ...errors(401, 403, 404, 422),
        "503": { description: "PDF: LibreOffice is not installed, or the render queue is full (retry after Retry-After seconds)" },
        "504": { description: "PDF: the conversion took too long" },
      },
    }),
  },
};
