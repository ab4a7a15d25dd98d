import { describe, expect, it } from "vitest";
import { nonEmptyColumns } from "@/lib/reports/table-columns";

type Row = { latest: string | null; lens: string };
const cols = [{ key: "name" }, { key: "latest", text: (r: Row) => r.latest ?? "—" }, { key: "lens", text: (r: Row) => r.lens }];

describe("nonEmptyColumns", () => {
  it.each([
    [
      [
        { latest: null, lens: "—" },
        { latest: null, lens: "" },
      ],
      ["name"],
    ],
    [
      [
        { latest: null, lens: "—" },
        { latest: "161.97", lens: "—" },
      ],
      ["name", "latest"],
    ],
    [[{ latest: "1", lens: "CS = 2" }], ["name", "latest", "lens"]],
    [[], ["name"]],
  ] as const)("rows %j keep %j", (rows, keys) => {
    expect(nonEmptyColumns(cols, rows as readonly Row[]).map((c) => c.key)).toEqual(keys);
  });
});
