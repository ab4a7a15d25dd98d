import { describe, expect, it } from "vitest";
import { byteSize, uploadPercent } from "@/lib/import/upload-progress";

describe("upload progress", () => {
  it.each([
    [0, 1000, 0],
    [1, 1000, 0],
    [499, 1000, 49],
    [999, 1000, 99],
    [1000, 1000, 100],
    [1200, 1000, 100],
    [10, null, null],
    [10, 0, null],
    [10, Number.NaN, null],
  ])("%s of %s bytes is %s %", (loaded, total, percent) => {
    expect(uploadPercent(loaded, total)).toBe(percent);
  });

  it.each([
    [512, "512 B"],
    [1536, "1.5 KB"],
    [5 * 1024 * 1024 + 300 * 1024, "5.3 MB"],
  ])("%s bytes read as %s", (bytes, text) => {
    expect(byteSize(bytes)).toBe(text);
  });
});
