import { describe, expect, it } from "vitest";
import { mapStatusKey } from "@/lib/map/status-key";
import { STATUS_ORDER } from "@/lib/progress/rollup";

describe("mapStatusKey", () => {
  it("lists, per map colour, the statuses it stands for", () => {
    const key = Object.fromEntries(mapStatusKey().map((k) => [k.color, [...k.statuses].sort()]));
    expect(key).toEqual({
      green: ["achieved", "on_track", "within_cap"],
      yellow: ["at_risk", "nearly_achieved"],
      red: ["exceeded", "not_achieved", "off_track"],
      grey: ["no_baseline", "no_data"],
    });
  });

  it("covers every status exactly once; only grey also means 'no target'", () => {
    const all = mapStatusKey().flatMap((k) => k.statuses);
    expect([...all].sort()).toEqual([...STATUS_ORDER].sort());
    expect(mapStatusKey().filter((k) => k.includesNoTarget).map((k) => k.color)).toEqual(["grey"]);
  });
});
