import { apiRoute, json } from "@/lib/api/respond";
import { readJson } from "@/lib/api/read-json";
import { createShareLink, listShareLinks } from "@/lib/data/share-links";
import { idParam, shareCreateSchema } from "@/lib/validation/report";

type P = { id: string };

/** 201 {id, token, url, expiresAt, allowExport}: the token is shown here once, never again. */
export const POST = apiRoute<P>(async ({ req, actor, params }) => {
  const id = idParam.parse(params.id);
  const input = shareCreateSchema.parse(await readJson(req));
  const { link, token } = await createShareLink(actor, id, input);
  const url = `${new URL(req.url).origin}/share/${token}`;
  return json({ id: link.id, token, url, expiresAt: link.expiresAt, allowExport: link.allowExport }, 201);
});

export const GET = apiRoute<P>(async ({ actor, params }) => json({ shares: await listShareLinks(actor, idParam.parse(params.id)) }));
