import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { createShareLink, listShareLinks } from "@/lib/data/share-links";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { shareCreateSchema } from "@/lib/validation/report";

type P = { id: string };

/** 201 {id, token, url, expiresAt, allowExport}: the token is shown here once, never again. */
export const POST = apiRoute<P>(async ({ req, actor, params }) => {
  const { id } = parseInput(idParam, params);
  const input = await parseBody(req, shareCreateSchema);
  const { link, token } = await createShareLink(actor, id, input);
  const url = `${new URL(req.url).origin}/share/${token}`;
  return json({ id: link.id, token, url, expiresAt: link.expiresAt, allowExport: link.allowExport }, 201);
});

export const GET = apiRoute<P>(async ({ actor, params }) => json({ shares: await listShareLinks(actor, parseInput(idParam, params).id) }));
