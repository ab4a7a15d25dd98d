import { apiRoute, json } from "@/lib/api/respond";
import { planDocumentJsonSchema } from "@/lib/plan-document/schema";

/** The JSON Schema of plan documents, generated from the zod schema; public, it holds no data. */
export const GET = apiRoute(async () => json(planDocumentJsonSchema(), { headers: { "content-type": "application/schema+json" } }));
