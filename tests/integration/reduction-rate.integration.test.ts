import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postIndicator } from "@/app/api/v1/indicators/route";
import { POST as publish } from "@/app/api/v1/plans/route";
import { POST as postTarget } from "@/app/api/v1/targets/route";
import { PATCH as patchTarget } from "@/app/api/v1/targets/[id]/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase, tableCounts } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

let admin = "";
const post = (body: Record<string, unknown>) => callJson(postTarget, "/api/v1/targets", { token: admin, body: { clause: "测试", ...body } });
const patch = (id: number, body: Record<string, unknown>) =>
  callJson(patchTarget, `/api/v1/targets/${id}`, { token: admin, method: "PATCH", params: { id: String(id) }, body });
const REDUCTION = { indicator: "cod_emissions", region: "CHENGYU", year: 2025, kind: "reduction", type: "min", baseline: { year: 2020, value: 50 } };
const EN = "a reduction must be a fall of more than 0 and at most 100 percent (13.5 = 13.5 % below the baseline)";

describe("a reduction of more than 100 % or of 0 % or less is refused", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    admin = (await createUser("admin")).token;
    const ind = await callJson(postIndicator, "/api/v1/indicators", {
      token: admin,
      body: { code: "cod_emissions", nameZh: "化学需氧量排放量", nameEn: "COD emissions", unit: "万吨" },
    });
    expect(ind.status).toBe(201);
  });

  it("by the target API (create and edit), naming `rate`, in zh and en; nothing written", async () => {
    const before = await prisma.target.count();
    for (const rate of [120, 0, -5]) {
      const r = await post({ ...REDUCTION, rate });
      expect(r.status).toBe(422);
      expect(r.body.error.issues.map((i: any) => [i.path, i.message.en])).toEqual([["rate", EN]]);
    }
    expect(await prisma.target.count()).toBe(before);

    const ok = await post({ ...REDUCTION, rate: 100 });
    expect([ok.status, ok.body.target.value]).toEqual([201, 0]); // 50 · (1 − 1) = 0
    const id = ok.body.target.id as number;
    const bad = await patch(id, { rate: 150 });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body.error)).toContain("降低幅度应大于 0 且不超过 100");
    expect((await prisma.target.findUniqueOrThrow({ where: { id } })).rate?.toString()).toBe("100");
  });

  it("by plan-document validation, at the target's path", async () => {
    const doc = JSON.parse(fs.readFileSync("prisma/plans/chengyu-2021.json", "utf8"));
    const { value: _value, ...first } = doc.targets[0];
    doc.slug = "reduction-2021";
    doc.targets[0] = { ...first, kind: "reduction", rate: 120, baseline: { year: 2019, value: 60 } };
    const before = await tableCounts();
    const r = await callJson(publish, "/api/v1/plans?dryRun=1", { token: admin, body: doc });
    expect(r.status).toBe(422);
    const issue = r.body.error.issues.find((i: any) => i.path === "targets[0].rate");
    expect(issue.message.en).toBe(EN);
    expect(await tableCounts()).toEqual(before);
  });
});
