import { apiRoute, json } from "@/lib/api/respond";
import { listAllShareLinks } from "@/lib/data/share-links";

/** Every share link the caller manages: all links for an admin, else those of the caller's reports. */
export const GET = apiRoute(async ({ actor }) => json({ shares: await listAllShareLinks(actor) }));
