import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/permissions";

/**
 * Who is asking, resolved once per request: the layout and the page both need it, and
 * each resolution decodes the session and reads the user row. Server actions use it too.
 */
export const getRequestActor = cache(async (): Promise<Actor> => getActor(await headers()));

/**
 * For pages: the signed-in user, or a redirect to /login (comfort only: the data layer
 * still checks every read and write with the same actor).
 */
export async function requirePageUser(next: string): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await getRequestActor();
  if (actor.kind !== "user") redirect(`/login?next=${encodeURIComponent(next)}`);
  return actor;
}
