import { beforeAll, describe, expect, it } from "vitest";
import { GET as getGoals } from "@/app/api/v1/goals/route";
import { GET as getAssessments, POST as postAssessment } from "@/app/api/v1/goals/[key]/assessments/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

type Params = { key: string };
let viewer = "";
let analyst = "";
let admin = "";
const KEY = "goal-2020.urban-system";
const path = `/api/v1/goals/${KEY}/assessments`;
const params = { key: KEY };

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  viewer = (await createUser("viewer")).token;
  analyst = (await createUser("analyst")).token;
  admin = (await createUser("admin")).token;
});

const post = (body: unknown, token?: string, p: Params = params) =>
  callJson<any, Params>(postAssessment, `/api/v1/goals/${p.key}/assessments`, { token, body, method: "POST", params: p });
const history = (token?: string) => callJson<any, Params>(getAssessments, path, { token, params });

type Node = {
  key: string;
  children: Node[];
  rollup: { total: number; counts: Record<string, number>; worst: string | null };
  assessments: { rating: string; year: number }[];
  targetIds: number[];
};
const find = (nodes: Node[], key: string): Node | undefined => nodes.map((n) => (n.key === key ? n : find(n.children, key))).find(Boolean);

describe("GET /api/v1/goals", () => {
  it("returns the goal tree with the roll-up of linked targets (evaluated now)", async () => {
    const { status, body } = await callJson(getGoals, "/api/v1/goals", { token: viewer });
    expect(status).toBe(200);
    expect(body.plan).toBe("chengyu-2016");
    // every 专栏1 target serves the urban-system goal: 14 targets, 绵阳 missed one and exceeded one
    const urban = find(body.goals, KEY)!;
    expect(urban.rollup.total).toBe(14);
    expect(urban.rollup.counts).toMatchObject({ not_achieved: 1, exceeded: 1, no_data: 12 });
    expect(urban.rollup.worst).toBe("not_achieved");
    // the 2020 overall goal rolls up its areas' targets, each once
    expect(find(body.goals, "goal-2020")!.rollup.total).toBe(14);
    // land ceilings also serve the support-and-ecology area: 7 targets, 绵阳's exceeded
    expect(find(body.goals, "goal-2020.support-ecology")!.rollup).toMatchObject({ total: 7, worst: "exceeded" });
    // 成德绵乐 belt: 绵阳 and 乐山, two targets each
    expect(find(body.goals, "spatial.belt-chengde-mianle")!.rollup.total).toBe(4);
    expect(find(body.goals, "outlook-2030")!.rollup.total).toBe(0);
  });

  it("answers 401 anonymously and 404 for an unknown plan", async () => {
    expect((await callJson(getGoals, "/api/v1/goals")).status).toBe(401);
    expect((await callJson(getGoals, "/api/v1/goals?plan=nope", { token: viewer })).status).toBe(404);
  });
});

describe("assessments", () => {
  const first = {
    year: 2020,
    rating: "lagging",
    narrative: "区域中心城市规模普遍未达2020年目标。",
    evidence: [{ title: "绵阳统计公报", url: "http://sdtssxs.com/sxs/13907.html" }],
  };

  it("refuses anonymous callers (401) and viewers (403), whatever the body", async () => {
    expect((await post(first)).status).toBe(401);
    const res = await post(first, viewer);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
    expect((await post({}, viewer)).status).toBe(403);
    expect(await prisma.assessment.count()).toBe(0);
  });

  it("validates the body: rating, year, narrative, http(s) evidence", async () => {
    for (const bad of [
      { ...first, rating: "excellent" },
      { ...first, year: 1800 },
      { ...first, narrative: "" },
      { ...first, evidence: [{ title: "x", url: "javascript:alert(1)" }] },
    ]) {
      const res = await post(bad, analyst);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("VALIDATION");
    }
    expect((await post(first, analyst, { key: "no.such.goal" })).status).toBe(404);
  });

  it("records an assessment (201, audited) and reads it back", async () => {
    const res = await post(first, analyst);
    expect(res.status).toBe(201);
    expect(res.body.assessment).toMatchObject({ goalKey: KEY, year: 2020, rating: "lagging", current: true, supersedesId: null, evidence: first.evidence });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "assessment.create", entityId: String(res.body.assessment.id) } });
    expect(audit.after).toMatchObject({ goal: KEY, year: 2020, rating: "lagging" });
    expect(audit.before).toBeNull();
  });

  it("a new assessment for the same goal and year supersedes the previous one; history keeps both", async () => {
    const prev = (await history(viewer)).body.assessments[0];
    const res = await post(
      { year: 2020, rating: "seriously_lagging", narrative: "复核后：7个区域中心城市中仅绵阳有2020年数据，且未达标。", evidence: [] },
      admin,
    );
    expect(res.status).toBe(201);
    expect(res.body.assessment.supersedesId).toBe(prev.id);
    // another year is a separate line of history
    expect((await post({ year: 2019, rating: "basically_on_track", narrative: "2019年基本符合。" }, analyst)).body.assessment.supersedesId).toBeNull();

    const { status, body } = await history(viewer);
    expect(status).toBe(200);
    expect(body.assessments.map((a: { year: number; rating: string; current: boolean }) => [a.year, a.rating, a.current])).toEqual([
      [2020, "seriously_lagging", true],
      [2020, "lagging", false],
      [2019, "basically_on_track", true],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "assessment.create", entityId: String(res.body.assessment.id) } });
    expect(audit.before).toMatchObject({ id: prev.id, rating: "lagging" });

    // the goal tree shows only the current assessments
    const urban = find((await callJson(getGoals, "/api/v1/goals", { token: viewer })).body.goals, KEY)!;
    expect(urban.assessments.map((a) => [a.year, a.rating])).toEqual([
      [2020, "seriously_lagging"],
      [2019, "basically_on_track"],
    ]);
  });

  it("history needs a signed-in user", async () => {
    expect((await history()).status).toBe(401);
  });
});
