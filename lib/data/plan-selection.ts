import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";

// Which plan a page, a handler or a write is about: the one it names (`?plan=<slug>`,
// a form's plan field), else the default plan: the one an admin marked (setDefaultPlan),
// else the first.
// Every "take ?plan= or the default" goes through here, so the default is decided once.

/** Prisma `where` and `orderBy` that find the named plan, or the default one. */
export function planQuery(slug: string | null | undefined) {
  return { where: slug ? { slug } : {}, orderBy: [{ isDefault: "desc" as const }, { id: "asc" as const }] };
}

/**
 * The slug of the plan a request is about: `requested` when given (not checked here: the
 * reads that take it answer "no such plan" themselves), else the default plan's; null
 * when there is no plan at all.
 */
export async function selectPlan(actor: Actor, requested?: string | null): Promise<string | null> {
  authorize(actor, "plan.read");
  if (requested !== undefined && requested !== null) return requested;
  const p = await prisma.plan.findFirst({ ...planQuery(null), select: { slug: true } });
  return p?.slug ?? null;
}
