import { describe, expect, it } from "vitest";
import { beijingLocalToIso, isoToBeijingLocal } from "@/lib/reports/beijing-time";

describe("Beijing time for the pinned-at input", () => {
  it.each([
    ["2025-03-01T10:00", "2025-03-01T02:00:00.000Z"],
    ["2025-01-01T05:30", "2024-12-31T21:30:00.000Z"],
    ["2025-03-01T10:00:59", "2025-03-01T02:00:59.000Z"],
  ])("%s → %s and back", (local, iso) => {
    expect(beijingLocalToIso(local)).toBe(iso);
    expect(isoToBeijingLocal(iso)).toBe(local.length === 16 ? `${local}:00` : local);
  });

  it.each(["", "2025-03-01", "2025-13-01T10:00", "yesterday"])("rejects %j", (s) => expect(beijingLocalToIso(s)).toBeNull());
});
