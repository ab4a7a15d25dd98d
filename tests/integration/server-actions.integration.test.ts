// The one server-action pipeline (lib/actions/run-action.ts) through real actions and a
// real database: fields parsed by the schema (numbers coerced by zod), the policy checked
// before the data layer, AppErrors turned into the form's state once, `key` counting
// submissions. Only the request (headers, cookies) and Next's cache are stood in for.
import { beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ token: "", locale: "zh" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ authorization: `Bearer ${request.token}` }),
  cookies: async () => ({ get: (name: string) => (name === "pm_locale" ? { value: request.locale } : undefined) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { idleState } from "@/lib/actions/action-state";
import { createIndicatorAction } from "@/lib/actions/catalogue";
import { retractObservationAction, saveObservationAction, type EntryFormState } from "@/lib/actions/entry";
import { saveAssessment } from "@/lib/actions/goals";
import { deleteReportAction } from "@/lib/actions/reports";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
};
let analyst = "";
let viewer = "";

describe("server actions", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    analyst = (await createUser("analyst")).token;
    viewer = (await createUser("viewer")).token;
  });

  it("refuses a field the schema refuses, in the reader's language, and counts the submission", async () => {
    request.token = analyst;
    request.locale = "en";
    const s = await saveObservationAction(
      { status: "idle", key: 4 },
      form({ region: "510500", indicator: "gdp", year: "twenty", value: "1", source: "x", baseVersionId: "none" }),
    );
    expect(s.status).toBe("invalid");
    expect(s.key).toBe(5);
    if (s.status === "invalid") expect(Object.keys(s.fieldErrors)).toEqual(["year"]);
  });

  it("an id that is not a number is a field error, never NaN passed on", async () => {
    request.token = analyst;
    const s = await retractObservationAction(idleState(), form({ id: "abc", reason: "wrong" }));
    expect(s).toMatchObject({ status: "invalid", key: 1 });
    if (s.status === "invalid") expect(s.fieldErrors.id).toHaveLength(1);
  });

  it("saves, then refuses a stale edit with the newer version attached (CONFLICT)", async () => {
    request.token = analyst;
    const fields = {
      region: "510500",
      indicator: "gdp",
      year: "2019",
      value: "2081.26",
      unit: "",
      source: "统计公报",
      note: "",
      baseVersionId: "none",
      confirm: "on",
    };
    let s: EntryFormState = await saveObservationAction(idleState(), form(fields));
    expect(s.status).toBe("done");
    s = await saveObservationAction(s, form({ ...fields, value: "2090" }));
    expect(s).toMatchObject({ status: "error", code: "CONFLICT", key: 2 });
    if (s.status === "error") expect(s.extra).toMatchObject({ value: 2081.26 });
  });

  it("authorizes through the policy before the data layer: a viewer is refused in Chinese", async () => {
    request.token = viewer;
    request.locale = "zh";
    const s = await createIndicatorAction(idleState(), form({ code: "new_indicator", nameZh: "新指标", nameEn: "New", unit: "个" }));
    expect(s).toEqual({ status: "error", key: 1, code: "FORBIDDEN", message: "您的角色无权执行此操作", extra: undefined, values: undefined });
  });

  it("a refused assessment comes back filled in, with the form's own field messages", async () => {
    request.token = analyst;
    request.locale = "zh";
    const s = await saveAssessment(
      idleState(),
      form({ plan: "chengyu-2016", goal: "goal-2020", year: "1800", rating: "good", narrative: "说明", evidence: "" }),
    );
    expect(s).toMatchObject({
      status: "invalid",
      fieldErrors: { year: ["请输入2000—2100之间的年份"] },
      values: { year: "1800", rating: "good", narrative: "说明", evidence: "" },
    });
  });

  it("a refused delete says why in the form instead of opening the error page", async () => {
    request.token = viewer;
    const refused = await deleteReportAction(idleState(), form({ id: "999999" }));
    expect(refused).toMatchObject({ status: "error", code: "FORBIDDEN" });
  });
});
