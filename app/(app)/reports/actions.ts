"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getRequestActor } from "@/lib/auth/page-actor";
import { createReport, deleteReport, duplicateReport, updateReport } from "@/lib/data/reports";
import { createShareLink, revokeShareLink } from "@/lib/data/share-links";
import { AppError } from "@/lib/errors";
import type { Message } from "@/lib/i18n/message";
import { reportCreateSchema, reportUpdateSchema, shareCreateSchema } from "@/lib/validation/report";

// Server actions of the report pages: parse with the same schemas as the API, then call
// the data layer with the request's actor (which authorizes); errors come back as data.

export type ActionResult = { ok: false; message: Message | null; fieldErrors?: Record<string, string>; conflict?: boolean } | null;

const actor = async () => getRequestActor();

function failure(e: unknown): Exclude<ActionResult, null> {
  if (e instanceof z.ZodError) {
    return { ok: false, message: null, fieldErrors: Object.fromEntries(e.issues.map((i) => [i.path.join("."), i.message])) };
  }
  if (e instanceof AppError) return { ok: false, message: e.detail, conflict: e.code === "CONFLICT" };
  throw e;
}

function payloadOf(form: FormData): unknown {
  try {
    return JSON.parse(String(form.get("payload") ?? "{}")) as unknown;
  } catch {
    return {};
  }
}

/** Creates (no id) or updates (id + version) a report from the builder's JSON payload. */
export async function saveReportAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const id = Number(form.get("id") ?? 0);
  let savedId: number;
  try {
    const a = await actor();
    savedId = id ? (await updateReport(a, id, reportUpdateSchema.parse(payloadOf(form)))).id : (await createReport(a, reportCreateSchema.parse(payloadOf(form)))).id;
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/reports");
  redirect(`/reports/${savedId}`);
}

export async function duplicateReportAction(form: FormData): Promise<void> {
  const copy = await duplicateReport(await actor(), Number(form.get("id")));
  redirect(`/reports/${copy.id}/edit`);
}

export async function deleteReportAction(form: FormData): Promise<void> {
  await deleteReport(await actor(), Number(form.get("id")));
  revalidatePath("/reports");
  redirect("/reports");
}

export type ShareResult = { ok: true; token: string } | { ok: false; message: Message };

/** The token goes back to the owner's browser once; the client builds the URL from its own origin. */
export async function createShareAction(reportId: number, input: unknown): Promise<ShareResult> {
  try {
    const { token } = await createShareLink(await actor(), reportId, shareCreateSchema.parse(input));
    revalidatePath(`/reports/${reportId}`);
    return { ok: true, token };
  } catch (e) {
    if (e instanceof z.ZodError) return { ok: false, message: { zh: "有效期无效", en: "Invalid expiry" } };
    if (e instanceof AppError) return { ok: false, message: e.detail };
    throw e;
  }
}

export async function revokeShareAction(linkId: number, reportId: number): Promise<ShareResult | { ok: true }> {
  try {
    await revokeShareLink(await actor(), linkId);
    revalidatePath(`/reports/${reportId}`);
    return { ok: true };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.detail };
    throw e;
  }
}
