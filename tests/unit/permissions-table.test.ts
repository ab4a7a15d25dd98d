import { describe, expect, it } from "vitest";
import { can, inReportScope, reportReadScope, type Action, type Actor, type Resource } from "@/lib/permissions";

// can() for every actor × action × ownership × visibility, expectations written by hand.
// Each row is nine cells, ownership major: the caller's own report (owner = the user,
// or the share link's report), someone else's, one not named (a list, a create form);
// within each, visibility private / team / not given. Y = allowed, . = refused.

const ME = 1;
const OTHER = 2;
const SHARED_REPORT = 7;
const owners: [string, Resource][] = [
  ["own", { ownerId: ME, reportId: SHARED_REPORT }],
  ["other's", { ownerId: OTHER, reportId: 8 }],
  ["unnamed", {}],
];
const visibilities: [string, Resource][] = [
  ["private", { visibility: "private" }],
  ["team", { visibility: "team" }],
  ["no visibility", {}],
];

const user = (role: "admin" | "analyst" | "reporter" | "viewer"): Actor => ({
  kind: "user",
  userId: ME,
  role,
  name: role,
  email: `${role}@example.com`,
  via: "session",
});
const actors: Record<string, Actor> = {
  admin: user("admin"),
  analyst: user("analyst"),
  viewer: user("viewer"),
  // belongs to a unit; reads like a viewer, submits (what for: maySubmitFor, tests/unit/submission-rules.test.ts)
  reporter: { ...user("reporter"), unitId: 5 } as Actor,
  "share link (export allowed)": { kind: "share", shareLinkId: 3, reportId: SHARED_REPORT, allowExport: true },
  "share link (view only)": { kind: "share", shareLinkId: 4, reportId: SHARED_REPORT, allowExport: false },
  anonymous: { kind: "anonymous" },
};

const ALL = "YYYYYYYYY";
const NONE = ".........";
// own: every visibility; other's: team or unstated only; unnamed: the role's answer
const READ = "YYY.YYYYY";
// own or unnamed only
const OWNER_ONLY = "YYY...YYY";
// the share link's own report only
const ITS_REPORT = "YYY......";

const table: Record<Action, Record<string, string>> = {
  "plan.read": { admin: ALL, analyst: ALL, viewer: ALL, reporter: ALL, "share link (export allowed)": NONE, "share link (view only)": NONE, anonymous: NONE },
  "observation.write": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "observation.import": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "observation.retract": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "indicator.write": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "target.write": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "plan.settings": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "plan.publish": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "assessment.write": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "user.manage": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "audit.read": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "token.manage": {
    admin: ALL,
    analyst: ALL,
    viewer: ALL,
    reporter: ALL,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "report.create": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "report.read": {
    admin: ALL,
    analyst: READ,
    viewer: READ,
    reporter: READ,
    "share link (export allowed)": ITS_REPORT,
    "share link (view only)": ITS_REPORT,
    anonymous: NONE,
  },
  "report.update": {
    admin: ALL,
    analyst: OWNER_ONLY,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "report.delete": {
    admin: ALL,
    analyst: OWNER_ONLY,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "report.export": {
    admin: ALL,
    analyst: READ,
    viewer: READ,
    reporter: READ,
    "share link (export allowed)": ITS_REPORT,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "share.create": {
    admin: ALL,
    analyst: OWNER_ONLY,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "share.list": {
    admin: ALL,
    analyst: OWNER_ONLY,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "share.revoke": {
    admin: ALL,
    analyst: OWNER_ONLY,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "round.manage": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "unit.manage": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "submission.create": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: ALL,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "submission.review": {
    admin: ALL,
    analyst: ALL,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
  "share.never_expire": {
    admin: ALL,
    analyst: NONE,
    viewer: NONE,
    reporter: NONE,
    "share link (export allowed)": NONE,
    "share link (view only)": NONE,
    anonymous: NONE,
  },
};

const cells = owners.flatMap(([o, own]) => visibilities.map(([v, vis]) => ({ label: `${o} ${v}`, resource: { ...own, ...vis } })));
const rows = Object.entries(table).flatMap(([action, byActor]) => Object.entries(byActor).map(([who, expected]) => [who, action as Action, expected] as const));

describe("can(): every actor × action × ownership × visibility", () => {
  it("the table names every actor for every action", () => {
    for (const byActor of Object.values(table)) expect(Object.keys(byActor).sort()).toEqual(Object.keys(actors).sort());
  });

  it.each(rows)("%s · %s → %s", (who, action, expected) => {
    const got = cells.map(({ resource }) => (can(actors[who]!, action, resource) ? "Y" : ".")).join("");
    expect(got, cells.map((c) => c.label).join(" | ")).toBe(expected);
  });
});

describe("the report read scope is can()'s report.read rule, as data", () => {
  it.each(Object.keys(actors))("%s: inReportScope agrees with can() in every cell", (who) => {
    const scope = reportReadScope(actors[who]!);
    for (const { resource } of cells) expect(inReportScope(scope, resource)).toBe(can(actors[who]!, "report.read", resource));
  });

  it.each([
    ["admin", { kind: "all" }],
    ["analyst", { kind: "ownOrTeam", userId: ME }],
    ["viewer", { kind: "ownOrTeam", userId: ME }],
    ["reporter", { kind: "ownOrTeam", userId: ME }],
    ["share link (view only)", { kind: "report", reportId: SHARED_REPORT }],
    ["anonymous", { kind: "none" }],
  ])("%s reads %o", (who, scope) => {
    expect(reportReadScope(actors[who]!)).toEqual(scope);
  });
});
