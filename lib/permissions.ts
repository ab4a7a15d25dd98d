// The one place that decides who may do what. Pure: the data layer calls `can` /
// `authorize` with the acting party; pages and route handlers never decide themselves.
import type { Message } from "@/lib/i18n/message";

export type Role = "admin" | "analyst" | "reporter" | "viewer";

export type Actor =
  // unitId: the 责任单位 the user belongs to (every reporter has one; other roles may)
  | { kind: "user"; userId: number; role: Role; name: string; email: string; via: "session" | "token"; unitId?: number | null }
  // a share link: may read one report, nothing else
  | { kind: "share"; shareLinkId: number; reportId: number; allowExport: boolean }
  | { kind: "anonymous" };

export type Action =
  | "plan.read" // plan, regions, indicators, targets, observations, progress
  | "observation.write"
  | "observation.import"
  | "observation.retract"
  | "indicator.write"
  | "target.write"
  | "plan.settings" // thresholds and tolerance (admins only)
  | "plan.publish" // upload a plan document, mark the default plan (admins only)
  | "assessment.write"
  | "user.manage"
  | "audit.read"
  | "token.manage" // one's own API tokens
  | "report.create"
  | "report.read"
  | "report.update"
  | "report.delete"
  | "report.export"
  | "share.create"
  | "share.list"
  | "share.revoke"
  | "share.never_expire"
  | "round.manage" // open, freeze and reopen monitoring rounds (admins only)
  | "unit.manage" // units and who is assigned what (admins only)
  | "submission.create" // propose a figure for review (what for: maySubmitFor)
  | "submission.review"; // accept or return others' submissions

/** What an action is about, when ownership or visibility matters. */
export interface Resource {
  ownerId?: number;
  reportId?: number;
  visibility?: "private" | "team";
}

const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  viewer: new Set<Action>(["plan.read", "token.manage", "report.read", "report.export"]),
  // reads like a viewer; what the unit may submit is decided per target (monitoring rounds)
  reporter: new Set<Action>(["plan.read", "token.manage", "report.read", "report.export", "submission.create"]),
  analyst: new Set<Action>([
    "plan.read",
    "token.manage",
    "report.read",
    "report.export",
    "observation.write",
    "observation.import",
    "observation.retract",
    "indicator.write",
    "assessment.write",
    "report.create",
    "report.update",
    "report.delete",
    "share.create",
    "share.list",
    "share.revoke",
    // under the four-eyes rule an analyst's own entries are submissions too
    "submission.create",
    "submission.review",
  ]),
  admin: new Set<Action>([]), // everything: see `can`
};

// Actions on someone's report that only its owner (or an admin) may take.
const OWNER_ONLY: ReadonlySet<Action> = new Set<Action>(["report.update", "report.delete", "share.create", "share.list", "share.revoke"]);

/**
 * Which reports an actor may read, as data: `can(actor, "report.read", r)` is
 * `inReportScope(reportReadScope(actor), r)`, and the data layer turns the same scope into
 * its query (lib/data/report-access.ts reportsReadableBy), so lists and single reads
 * cannot disagree.
 */
export type ReportScope =
  | { kind: "none" }
  | { kind: "all" }
  | { kind: "report"; reportId: number }
  // one's own reports, private or not, and everyone's team reports
  | { kind: "ownOrTeam"; userId: number };

export function reportReadScope(actor: Actor): ReportScope {
  if (actor.kind === "anonymous") return { kind: "none" };
  if (actor.kind === "share") return { kind: "report", reportId: actor.reportId };
  if (actor.role === "admin") return { kind: "all" };
  if (!ROLE_ACTIONS[actor.role].has("report.read")) return { kind: "none" };
  return { kind: "ownOrTeam", userId: actor.userId };
}

/** Whether a report lies in a scope. Unknown owner or visibility: the role's general answer (a list, a create form). */
export function inReportScope(scope: ReportScope, r: Resource): boolean {
  switch (scope.kind) {
    case "none":
      return false;
    case "all":
      return true;
    case "report":
      return r.reportId === scope.reportId;
    case "ownOrTeam":
      return r.visibility !== "private" || r.ownerId === undefined || r.ownerId === scope.userId;
  }
}

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  if (action === "report.read") return inReportScope(reportReadScope(actor), resource);
  if (actor.kind === "anonymous") return false;
  if (actor.kind === "share") {
    if (resource.reportId !== actor.reportId) return false;
    return action === "report.export" && actor.allowExport;
  }
  if (actor.role === "admin") return true;
  if (!ROLE_ACTIONS[actor.role].has(action)) return false;
  if (OWNER_ONLY.has(action) && resource.ownerId !== undefined) return resource.ownerId === actor.userId;
  // exporting is reading in another form: only what one may read
  if (action === "report.export") return inReportScope(reportReadScope(actor), resource);
  return true;
}

/**
 * Who is responsible for one indicator × region series: the units of the targets on it
 * (lead or support, any target year) and the units assigned the series itself (SeriesUnit).
 */
export interface SeriesAssignment {
  targetUnitIds: readonly number[];
  seriesUnitIds: readonly number[];
}

/**
 * Whether the actor may put a figure of this series forward. A reporter: only for what
 * their unit is assigned (a reporter without a unit, for nothing); analysts and admins:
 * any series; viewers, share links, anonymous: none.
 */
export function maySubmitFor(actor: Actor, assignment: SeriesAssignment): boolean {
  if (!can(actor, "submission.create") || actor.kind !== "user") return false;
  if (actor.role !== "reporter") return true;
  const unit = actor.unitId;
  if (unit === null || unit === undefined) return false;
  return assignment.targetUnitIds.includes(unit) || assignment.seriesUnitIds.includes(unit);
}

/**
 * Whether a figure by this actor is a submission awaiting review rather than an official
 * version at once: always for reporters; for analysts when a plan with a target on the
 * series has the four-eyes rule. Admins' entries are official (they are the last resort).
 */
export function needsReview(actor: Actor, series: { fourEyes: boolean }): boolean {
  if (actor.kind !== "user") return false;
  if (actor.role === "reporter") return true;
  return actor.role === "analyst" && series.fourEyes;
}

/** Whether the actor may accept or return this submission: a reviewer, never on their own figure. */
export function mayReview(actor: Actor, submission: { submittedById: number }): boolean {
  if (!can(actor, "submission.review") || actor.kind !== "user") return false;
  return submission.submittedById !== actor.userId;
}

export const FORBIDDEN_MESSAGE: Message = { zh: "您的角色无权执行此操作", en: "Your role does not allow this" };
export const UNAUTHENTICATED_MESSAGE: Message = { zh: "请先登录", en: "Please sign in" };
