import { describe, expect, it } from "vitest";
import { mayReview, maySubmitFor, needsReview, type Actor, type SeriesAssignment } from "@/lib/permissions";

// Who may put a figure forward, whose figure waits for review, who may review it.
// Expectations written by hand.

const user = (role: "admin" | "analyst" | "reporter" | "viewer", unitId: number | null = null, userId = 1): Actor => ({
  kind: "user",
  userId,
  role,
  name: role,
  email: `${role}@example.com`,
  via: "session",
  unitId,
});

const UNIT = 5;
const OTHER_UNIT = 6;
const none: SeriesAssignment = { targetUnitIds: [], seriesUnitIds: [] };
const leadOrSupport: SeriesAssignment = { targetUnitIds: [OTHER_UNIT, UNIT], seriesUnitIds: [] };
const bySeries: SeriesAssignment = { targetUnitIds: [OTHER_UNIT], seriesUnitIds: [UNIT] };
const othersOnly: SeriesAssignment = { targetUnitIds: [OTHER_UNIT], seriesUnitIds: [OTHER_UNIT] };

describe("maySubmitFor(actor, assignment)", () => {
  it.each<[string, Actor, SeriesAssignment, boolean]>([
    ["reporter, target of their unit (lead or support)", user("reporter", UNIT), leadOrSupport, true],
    ["reporter, series assigned to their unit", user("reporter", UNIT), bySeries, true],
    ["reporter, another unit's series", user("reporter", UNIT), othersOnly, false],
    ["reporter, nobody's series", user("reporter", UNIT), none, false],
    ["reporter without a unit", user("reporter", null), leadOrSupport, false],
    ["reporter, unit not stated", { kind: "user", userId: 1, role: "reporter", name: "r", email: "r@x", via: "token" }, leadOrSupport, false],
    ["analyst, any series", user("analyst"), none, true],
    ["admin, any series", user("admin"), othersOnly, true],
    ["viewer, even of their unit", user("viewer", UNIT), leadOrSupport, false],
    ["share link", { kind: "share", shareLinkId: 1, reportId: 1, allowExport: true }, leadOrSupport, false],
    ["anonymous", { kind: "anonymous" }, leadOrSupport, false],
  ])("%s → %s", (_label, actor, assignment, expected) => {
    expect(maySubmitFor(actor, assignment)).toBe(expected);
  });
});

describe("needsReview(actor, series)", () => {
  it.each<[string, Actor, boolean, boolean]>([
    ["reporter", user("reporter", UNIT), false, true],
    ["reporter, four-eyes plan", user("reporter", UNIT), true, true],
    ["analyst", user("analyst"), false, false],
    ["analyst, four-eyes plan", user("analyst"), true, true],
    ["admin, four-eyes plan", user("admin"), true, false],
    ["anonymous", { kind: "anonymous" }, true, false],
  ])("%s (fourEyes %s) → %s", (_label, actor, fourEyes, expected) => {
    expect(needsReview(actor, { fourEyes })).toBe(expected);
  });
});

describe("mayReview(actor, submission)", () => {
  it.each<[string, Actor, number, boolean]>([
    ["analyst, someone else's", user("analyst", null, 1), 2, true],
    ["analyst, own", user("analyst", null, 1), 1, false],
    ["admin, someone else's", user("admin", null, 1), 2, true],
    ["admin, own", user("admin", null, 1), 1, false],
    ["reporter, someone else's", user("reporter", UNIT, 1), 2, false],
    ["viewer", user("viewer", null, 1), 2, false],
    ["anonymous", { kind: "anonymous" }, 2, false],
  ])("%s → %s", (_label, actor, submittedById, expected) => {
    expect(mayReview(actor, { submittedById })).toBe(expected);
  });
});
