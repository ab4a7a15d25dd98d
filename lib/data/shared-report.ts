import "server-only";
import { getShareActor, type ShareActor } from "@/lib/auth/share-actor";
import { getReportView, type ReportChangesView, type ReportData } from "@/lib/data/report-data";
import { recordShareView } from "@/lib/data/share-links";

export interface SharedReport {
  actor: ShareActor;
  data: ReportData;
  changes: ReportChangesView | null;
}

/**
 * What /share/[token] shows: the report behind a valid token, read through the share
 * actor (so the same permission checks apply), or null for an unknown, revoked or
 * expired token — the page answers all three with the same 404. `countView` is false
 * for the print page the PDF renderer loads.
 */
export async function getSharedReport(token: string, opts: { countView: boolean; withChanges?: boolean }): Promise<SharedReport | null> {
  const actor = await getShareActor(token);
  if (!actor) return null;
  const { data, changes } = await getReportView(actor, actor.reportId, { withChanges: opts.withChanges ?? true });
  if (opts.countView) await recordShareView(actor);
  return { actor, data, changes };
}
