// "Revised since the round": what differs between a frozen entry and the live one.
import { describe, expect, it } from "vitest";
import { revisedSince } from "@/lib/rounds/frozen-entry";

const frozen = { targetId: 7, status: "off_track" as const, basis: { year: 2025, value: 108 }, latest: { year: 2025, value: 108 }, completion: 0.08 };

describe("revisedSince", () => {
  it.each([
    ["nothing changed", {}, null],
    ["rounding noise in completion only", { completion: 0.08 + 1e-12 }, null],
    [
      "a revised figure, same status",
      { basis: { year: 2025, value: 109 }, latest: { year: 2025, value: 109 }, completion: 0.09 },
      ["basis", "latest", "completion"],
    ],
    ["a newer year arrived", { latest: { year: 2026, value: 110 } }, ["latest"]],
    ["status changed", { status: "at_risk" as const }, ["status"]],
    ["figure retracted", { basis: null, latest: null, completion: null, status: "no_data" as const }, ["status", "basis", "latest", "completion"]],
  ])("%s", (_name, patch, changed) => {
    const r = revisedSince(frozen, { ...frozen, ...patch });
    expect(r?.changed ?? null).toEqual(changed);
    if (r) expect(r.targetId).toBe(7);
  });
});
