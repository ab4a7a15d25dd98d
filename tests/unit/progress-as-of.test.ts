// The as-of day: end of the calendar day in China (UTC+8), whatever the server's zone.
import { describe, expect, it } from "vitest";
import { chinaDay, chinaYear, endOfChinaDay, parseAsOf, readAsOfParam, withAsOf } from "@/lib/validation/as-of";

describe("endOfChinaDay", () => {
  it.each([
    ["2019-12-31", "2019-12-31T15:59:59.999Z"],
    ["2020-02-29", "2020-02-29T15:59:59.999Z"], // leap day
    ["2026-01-01", "2026-01-01T15:59:59.999Z"],
  ])("%s ends at %s UTC", (day, iso) => {
    expect(endOfChinaDay(day)?.toISOString()).toBe(iso);
  });

  it.each(["2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "19-12-31", "2019-12-31T00:00:00Z", "", "yesterday"])("refuses %j", (day) => {
    expect(endOfChinaDay(day)).toBeNull();
  });
});

describe("chinaYear / chinaDay: the calendar in Chengdu, not in UTC", () => {
  it.each([
    ["2019-12-31T15:59:59.999Z", 2019, "2019-12-31"],
    ["2019-12-31T16:00:00.000Z", 2020, "2020-01-01"], // already New Year in China
    ["2020-06-30T00:00:00.000Z", 2020, "2020-06-30"],
  ])("%s → %i, %s", (iso, year, day) => {
    expect(chinaYear(new Date(iso))).toBe(year);
    expect(chinaDay(new Date(iso))).toBe(day);
  });
});

describe("parseAsOf / readAsOfParam", () => {
  it("reads a day as the end of that day and a timestamp as itself", () => {
    expect(parseAsOf("2019-12-31")?.toISOString()).toBe("2019-12-31T15:59:59.999Z");
    expect(parseAsOf("2021-03-04T05:06:07+08:00")?.toISOString()).toBe("2021-03-03T21:06:07.000Z");
    expect(parseAsOf("2021-03-04T05:06:07Z")?.toISOString()).toBe("2021-03-04T05:06:07.000Z");
  });

  it.each([undefined, null, "", "2019-02-30", "tomorrow", "2021-99-99T00:00:00Z", "1577808000000"])("%j is not an as-of", (v) => {
    expect(parseAsOf(v)).toBeNull();
  });

  it.each([
    [undefined, { day: null, invalid: false, iso: undefined }],
    ["", { day: null, invalid: false, iso: undefined }],
    ["2019-12-31", { day: "2019-12-31", invalid: false, iso: "2019-12-31T15:59:59.999Z" }],
    [["2019-12-31", "2020-01-01"], { day: "2019-12-31", invalid: false, iso: "2019-12-31T15:59:59.999Z" }],
    ["2020-01-01T01:00:00+08:00", { day: "2020-01-01", invalid: false, iso: "2019-12-31T17:00:00.000Z" }],
    ["garbage", { day: null, invalid: true, iso: undefined }],
  ])("page parameter %j", (raw, want) => {
    const c = readAsOfParam(raw as string | string[] | undefined);
    expect({ day: c.day, invalid: c.invalid, iso: c.asOf?.toISOString() }).toEqual(want);
  });

  it.each([
    ["/regions/510500", null, undefined, "/regions/510500"],
    ["/regions/510500", "2019-12-31", undefined, "/regions/510500?asOf=2019-12-31"],
    ["/progress/indicators/urban_population", "2019-12-31", "r-510500", "/progress/indicators/urban_population?asOf=2019-12-31#r-510500"],
    ["/progress/indicators/urban_population", null, "r-510500", "/progress/indicators/urban_population#r-510500"],
  ])("withAsOf(%s, %s, %s) = %s", (path, day, hash, want) => {
    expect(withAsOf(path, day, hash)).toBe(want);
  });
});
