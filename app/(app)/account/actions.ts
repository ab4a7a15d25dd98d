"use server";
import { redirect } from "next/navigation";
import { getRequestActor } from "@/lib/auth/page-actor";
import { endAllSessions } from "@/lib/data/users";

/** Ends every session of the signed-in user, this one included, and goes to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  await endAllSessions(await getRequestActor());
  redirect("/login");
}
