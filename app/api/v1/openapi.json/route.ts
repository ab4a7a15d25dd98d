import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute, json } from "@/lib/api/respond";

/** The API's description; public, it holds no data. */
export const GET = apiRoute(async () => json(openApiDocument));
