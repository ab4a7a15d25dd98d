"use server";
// Server actions of the report pages: parse with the same schemas as the API, then call
// the data layer with the request's actor (which authorizes again, against the report).
import { z } from "zod";
import { createReport, deleteReport, duplicateReport, updateReport } from "@/lib/data/reports";
import { createShareLink, revokeShareLink } from "@/lib/data/share-links";
import { positiveId } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";
import { reportCreateSchema, reportUpdateSchema, shareCreateSchema } from "@/lib/validation/report";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

export type ReportFormState = ActionState<{ id: number }>;

/** The builder's JSON payload (parsed by the create or update schema in `run`). */
const payloadInput = z.object({
  payload: z.string().transform((s): unknown => {
    try {
      return JSON.parse(s);
    } catch {
      return {};
    }
  }),
});
const optionalReportId = z.object({ id: positiveId.optional() });
const reportId = z.object({ id: positiveId });

/** Creates (no id) or updates (id + version) a report from the builder's JSON payload, then opens it. */
export async function saveReportAction(prev: ReportFormState, fd: FormData): Promise<ReportFormState> {
  return runAction(prev, fd, {
    schema: payloadInput,
    params: optionalReportId,
    read: (form) => ({ id: form.get("id") || undefined, payload: form.get("payload") ?? "{}" }),
    permission: ({ id }) => (id ? "report.update" : "report.create"),
    run: async (actor, { payload }, { id }) =>
      id
        ? { id: (await updateReport(actor, id, parseInput(reportUpdateSchema, payload))).id }
        : { id: (await createReport(actor, parseInput(reportCreateSchema, payload))).id },
    revalidate: () => "/reports",
    redirectTo: ({ id }) => `/reports/${id}`,
    fullPaths: true,
  });
}

export async function duplicateReportAction(prev: ReportFormState, fd: FormData): Promise<ReportFormState> {
  return runAction(prev, fd, {
    schema: z.object({}),
    params: reportId,
    permission: "report.create",
    run: async (actor, _input, { id }) => ({ id: (await duplicateReport(actor, id)).id }),
    redirectTo: ({ id }) => `/reports/${id}/edit`,
  });
}

export async function deleteReportAction(prev: ReportFormState, fd: FormData): Promise<ReportFormState> {
  return runAction(prev, fd, {
    schema: z.object({}),
    params: reportId,
    permission: "report.delete",
    run: async (actor, _input, { id }) => {
      await deleteReport(actor, id);
      return { id };
    },
    revalidate: () => "/reports",
    redirectTo: () => "/reports",
  });
}

export type ShareFormState = ActionState<{ token: string } | null>;

/** The token goes back to the owner's browser once; the client builds the URL from its own origin. */
export async function createShareAction(
  prev: ShareFormState,
  input: { reportId: number; expiresAt?: string | null; allowExport: boolean },
): Promise<ShareFormState> {
  return runAction(prev, input, {
    schema: shareCreateSchema,
    params: z.object({ reportId: positiveId }),
    permission: "share.create",
    run: async (actor, share, { reportId }) => ({ token: (await createShareLink(actor, reportId, share)).token }),
    revalidate: () => `/reports/${input.reportId}`,
  });
}

export async function revokeShareAction(prev: ShareFormState, input: { linkId: number; reportId: number }): Promise<ShareFormState> {
  return runAction(prev, input, {
    schema: z.object({}),
    params: z.object({ linkId: positiveId, reportId: positiveId }),
    permission: "share.revoke",
    run: async (actor, _input, { linkId }) => {
      await revokeShareLink(actor, linkId);
      return null;
    },
    revalidate: () => `/reports/${input.reportId}`,
  });
}
