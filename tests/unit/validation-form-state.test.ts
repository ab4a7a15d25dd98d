import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { failureState, formObject } from "@/lib/validation/form-state";

describe("formObject", () => {
  it("keeps single fields as strings and the named ones as arrays (empty when absent)", () => {
    const fd = new FormData();
    fd.set("source", "年鉴");
    fd.append("flags", "provisional");
    fd.append("flags", "estimated");
    fd.set("file", new Blob(["x"]));
    expect(formObject(fd, ["flags", "other"])).toEqual({ source: "年鉴", flags: ["provisional", "estimated"], file: "", other: [] });
  });
});

describe("failureState", () => {
  it("turns field issues into fieldErrors and other AppErrors into a message, in the reader's language", () => {
    const invalid = new AppError(
      "VALIDATION",
      { zh: "输入有误", en: "Invalid" },
      { issues: [{ path: "unit", message: { zh: "单位不对", en: "wrong unit" } }] },
    );
    expect(failureState(invalid, "en")).toEqual({ status: "invalid", fieldErrors: { unit: ["wrong unit"] }, message: "Invalid" });
    expect(failureState(new AppError("CONFLICT", { zh: "已存在", en: "exists" }), "zh")).toEqual({ status: "error", message: "已存在" });
  });

  it("rethrows anything that is not an AppError (a bug is not a form message)", () => {
    expect(() => failureState(new TypeError("boom"), "zh")).toThrow("boom");
  });
});
