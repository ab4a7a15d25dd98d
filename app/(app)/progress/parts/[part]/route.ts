import { createHash } from "node:crypto";
import { z } from "zod";
import { parseQuery } from "@/lib/api/query";
import { apiRoute } from "@/lib/api/respond";
import { clusterMapHtml, heatMatrixHtml } from "@/components/progress/overview-markup";
import { selectPlan } from "@/lib/data/plan-selection";
import { getProgressOverview } from "@/lib/data/progress-overview";
import { AppError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/dictionary";
import { localeOf } from "@/lib/i18n/locale";
import { overviewOptions } from "@/lib/progress/overview-query";
import { memoPerObject } from "@/lib/util/memo";
import { readAsOfParam } from "@/lib/validation/as-of";
import { overviewParams } from "@/lib/validation/progress-query";

const partName = z.enum(["map", "matrix"]);

// Bytes and ETag per map or matrix object (the overview builds each once per data
// version), locale and day: a repeat view is a lookup, a revalidation a 304.
const bodies = memoPerObject<object, { bytes: Buffer<ArrayBuffer>; etag: string }>();

/**
 * GET /progress/parts/map|matrix?<the overview's parameters>: the overview's cluster map
 * or heat matrix as an HTML fragment, loaded by the page after it (components/progress/html-part.tsx).
 */
export const GET = apiRoute<{ part: string }>(async ({ req, actor, params }) => {
  const part = partName.safeParse(params.part);
  if (!part.success) throw new AppError("NOT_FOUND", { zh: "页面不存在", en: "Not found" });
  const sp = parseQuery(req, overviewParams);
  const choice = readAsOfParam(sp.asOf);
  const planSlug = await selectPlan(actor, sp.plan);
  const overview = planSlug ? await getProgressOverview(actor, { planSlug, asOf: choice.asOf, ...overviewOptions(sp) }) : null;
  if (!overview) throw new AppError("NOT_FOUND", { zh: "规划不存在", en: "Plan not found" });
  const locale = localeOf(req.headers);
  const t = dictionary[locale];
  const source = part.data === "map" ? overview.map : overview.model.matrix;
  const body = bodies(source, `${locale}|${choice.day ?? ""}`, () => {
    const html = part.data === "map" ? clusterMapHtml(overview.map, t, locale, choice.day) : heatMatrixHtml(overview.model.matrix, t, locale, choice.day);
    const bytes = Buffer.from(html);
    return { bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"` };
  });
  // private: the parts follow the reader's session and language cookie
  const headers = { etag: body.etag, "cache-control": "private, no-cache", vary: "Cookie" };
  if (req.headers.get("if-none-match") === body.etag) return new Response(null, { status: 304, headers });
  return new Response(body.bytes, { headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
});
