import { apiRoute, json } from "@/lib/api/respond";
import { setDefaultPlan } from "@/lib/data/plans";

/** Marks the plan that requests naming no plan get (admins). */
export const PUT = apiRoute<{ slug: string }>(async ({ actor, params }) => json({ defaultPlan: await setDefaultPlan(actor, params.slug) }));
