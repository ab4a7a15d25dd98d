import { describe, expect, it } from "vitest";
import { userCreate, userPatch } from "@/lib/validation/account";
import { indicatorCreate, targetPatch } from "@/lib/validation/catalogue";
import { observationInput } from "@/lib/validation/observation";
import { fieldErrors, issuesOf } from "@/lib/validation/parse";

const base = { region: "泸州", indicator: "urban_population", year: "2018", value: "1,619,700", unit: "人", source: "年鉴" };

describe("observationInput (shared by the entry form and POST /observations)", () => {
  it("reads numbers as analysts write them and keeps the digits as entered", () => {
    const r = observationInput.parse({ ...base, flags: ["provisional", "provisional"] });
    expect(r).toMatchObject({ year: 2018, value: { value: 1619700, asEntered: "1619700" }, note: "", flags: ["provisional"] });
    expect(r.baseVersionId).toBeUndefined();
    expect(observationInput.parse({ ...base, value: 161.97, baseVersionId: null }).baseVersionId).toBeNull();
  });

  it.each([
    ["source", { source: "  " }, "必填"],
    ["value", { value: "161,97" }, "write a number"],
    ["value", { value: "" }, "required"],
    ["year", { year: "1900" }, "outside the allowed range"],
    ["year", { year: "20x8" }, "four digits"],
    ["flags.0", { flags: ["final"] }, "unknown flag"],
    ["baseVersionId", { baseVersionId: 0 }, "positive"],
  ])("refuses a bad %s with a message in both languages", (field, patch, text) => {
    const r = observationInput.safeParse({ ...base, ...patch });
    expect(r.success).toBe(false);
    const issues = issuesOf(r.error!);
    expect(issues[0]!.path).toBe(field);
    expect(`${issues[0]!.message.zh} ${issues[0]!.message.en}`).toContain(text);
  });

  it("fieldErrors groups messages by field in one language", () => {
    const r = observationInput.safeParse({ ...base, source: "", value: "x" });
    expect(fieldErrors(issuesOf(r.error!), "zh")).toEqual({ value: ["请填写数字，如 161.97 或 1,619,700"], source: ["必填"] });
  });
});

describe("catalogue and account inputs", () => {
  it.each([
    ["urban_population", true],
    ["gdp2", true],
    ["GDP", false],
    ["2gdp", false],
    ["g", false],
  ])("indicator code %s → %s", (code, ok) => {
    expect(indicatorCreate.safeParse({ code, nameZh: "a", nameEn: "a", unit: "%" }).success).toBe(ok);
  });

  it("requires something to change", () => {
    expect(targetPatch.safeParse({}).success).toBe(false);
    expect(targetPatch.safeParse({ unit: "人" }).success).toBe(false);
    expect(targetPatch.safeParse({ year: 2035 }).success).toBe(true);
    expect(userPatch.safeParse({}).success).toBe(false);
    expect(userPatch.parse({ active: "false" })).toEqual({ active: false });
  });

  it("normalises emails and insists on a 10-character password", () => {
    expect(userCreate.parse({ email: " A@Example.COM ", password: "0123456789", role: "viewer", name: "A" }).email).toBe("a@example.com");
    expect(userCreate.safeParse({ email: "a@example.com", password: "short", role: "viewer", name: "A" }).success).toBe(false);
    expect(userCreate.safeParse({ email: "a@example.com", password: "0123456789", role: "owner", name: "A" }).success).toBe(false);
  });
});
