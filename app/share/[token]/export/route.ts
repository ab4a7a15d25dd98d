import { errorResponse } from "@/lib/api/respond";
import { exportResponse } from "@/lib/api/report-export-response";
import { getShareActor } from "@/lib/auth/share-actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";

const NOT_FOUND = { zh: "链接无效或已失效", en: "This link is not valid" };

/** Exports through a share link: the same 404 for unknown, revoked and expired tokens. */
export async function GET(req: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await ctx.params;
    const actor = await getShareActor(token);
    if (!actor) throw new AppError("NOT_FOUND", NOT_FOUND);
    if (!can(actor, "report.export", { reportId: actor.reportId })) {
      throw new AppError("FORBIDDEN", { zh: "此链接不允许下载", en: "This link does not allow downloads" });
    }
    const res = await exportResponse(actor, actor.reportId, req, token);
    res.headers.set("x-robots-tag", "noindex, nofollow");
    return res;
  } catch (e) {
    const res = errorResponse(e);
    res.headers.set("x-robots-tag", "noindex, nofollow");
    return res;
  }
}
