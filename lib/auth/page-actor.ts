import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/permissions";

/**
 * For pages: the signed-in user, or a redirect to /login (comfort only: the data layer
 * still checks every read and write with the same actor).
 */
export async function requirePageUser(next: string): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await getActor(await headers());
  if (actor.kind !== "user") redirect(`/login?next=${encodeURIComponent(next)}`);
  return actor;
}
