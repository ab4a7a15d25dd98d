import { describe, expect, it } from "vitest";
import { auditDiff } from "@/lib/audit/diff";

describe("auditDiff", () => {
  it.each([
    [
      "edit: only changed fields, in order",
      { role: "viewer", name: "A" },
      { role: "editor", name: "A" },
      [{ field: "role", before: "viewer", after: "editor" }],
    ],
    [
      "creation lists every field of after",
      null,
      { email: "a@x.cn", active: true },
      [
        { field: "email", before: "", after: "a@x.cn" },
        { field: "active", before: "", after: "true" },
      ],
    ],
    [
      "deletion lists every field of before",
      { title: "R", year: 2025 },
      undefined,
      [
        { field: "title", before: "R", after: "" },
        { field: "year", before: "2025", after: "" },
      ],
    ],
    [
      "field added on the after side comes last",
      { a: 1 },
      { a: 2, reason: "typo" },
      [
        { field: "a", before: "1", after: "2" },
        { field: "reason", before: "", after: "typo" },
      ],
    ],
    ["nested values compare and show as JSON", { tags: ["x"] }, { tags: ["x", "y"] }, [{ field: "tags", before: '["x"]', after: '["x","y"]' }]],
    ["null and absent are the same (no row)", { revokedAt: null }, {}, []],
    ["no change at all", { a: 1 }, { a: 1 }, []],
    ["both absent", null, null, []],
    ["scalar snapshots compare as one row", 1, 2, [{ field: "", before: "1", after: "2" }]],
  ])("%s", (_name, before, after, expected) => {
    expect(auditDiff(before, after)).toEqual(expected);
  });
});
