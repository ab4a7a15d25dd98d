import { apiRoute, json } from "@/lib/api/respond";
import { revokeShareLink } from "@/lib/data/share-links";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";

/** Revokes the link at once (the row stays, for its view count and the audit trail). */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => json({ share: await revokeShareLink(actor, parseInput(idParam, params).id) }));
