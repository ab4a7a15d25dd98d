import { describe, expect, it } from "vitest";
import { downloadName } from "@/lib/reports/download-name";

describe("download name of an export", () => {
  it.each([
    [
      "the title from filename*",
      `attachment; filename="report-3-2026-11-30.pdf"; filename*=UTF-8''${encodeURIComponent("成渝 2020 评估.pdf")}`,
      "成渝 2020 评估.pdf",
    ],
    ["the ASCII name without filename*", 'attachment; filename="report-3-2026-11-30.csv"', "report-3-2026-11-30.csv"],
    ["an unquoted name", "attachment; filename=report.xlsx", "report.xlsx"],
    ["the ASCII name when filename* is malformed", `attachment; filename="report-3.csv"; filename*=UTF-8''%E4%ZZ.csv`, "report-3.csv"],
    ["the fallback without a header", null, "export"],
    ["the fallback without a name", "attachment", "export"],
  ])("%s", (_name, header, expected) => {
    expect(downloadName(header, "export")).toBe(expected);
  });
});
