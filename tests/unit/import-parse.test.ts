import { describe, expect, it } from "vitest";
import { defaultYearRange, parseYear } from "@/lib/import/year-range";
import { parseDecimal } from "@/lib/import/parse-number";
import { parseFlags } from "@/lib/import/flags";

describe("parseDecimal", () => {
  it.each([
    ["161.97", 161.97, "161.97"],
    ["1619700", 1619700, "1619700"],
    ["1,619,700", 1619700, "1619700"],
    ["1 619 700", 1619700, "1619700"],
    ["1\u00a0619\u00a0700", 1619700, "1619700"], // no-break spaces from Excel formatting
    ["１，６１９，７００", 1619700, "1619700"], // full-width
    ["１６１．９７", 161.97, "161.97"],
    ["  111.590 ", 111.59, "111.590"], // trailing zero kept as entered
    ["1,234.5", 1234.5, "1234.5"],
    ["-0.5", -0.5, "-0.5"],
    ["\u22120.5", -0.5, "-0.5"], // typographic minus
    ["+12", 12, "12"],
    [".5", 0.5, ".5"],
    ["1.2e5", 120000, "1.2e5"],
    ["0", 0, "0"],
    ["-0", 0, "-0"],
  ])("%j → %d", (text, value, cleaned) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value, cleaned });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "not_a_number"],
    ["NaN", "not_a_number"],
    ["Infinity", "not_a_number"],
    ["1e400", "not_a_number"],
    ["12.5%", "not_a_number"],
    ["161.97万", "not_a_number"],
    ["1.2.3", "not_a_number"],
    ["-", "not_a_number"],
    ["—", "not_a_number"],
    ["0x10", "not_a_number"],
    ["161,97", "bad_grouping"], // decimal comma must not become 16197
    ["1619,700", "bad_grouping"],
    ["161,9700", "bad_grouping"],
    ["1,619,700.5.1", "not_a_number"],
  ])("%j is rejected as %s", (text, reason) => {
    expect(parseDecimal(text)).toEqual({ ok: false, reason });
  });
});

describe("parseYear", () => {
  it.each([
    ["2018", 2018],
    [" 2018 ", 2018],
    ["２０１８", 2018],
    ["2018年", 2018],
    ["18", null],
    ["2018.0", null],
    ["二〇一八", null],
    ["", null],
  ])("%j → %s", (text, expected) => {
    expect(parseYear(text)).toBe(expected);
  });

  it("allows up to next year by default", () => {
    expect(defaultYearRange(new Date("2025-06-01"))).toEqual({ minYear: 1949, maxYear: 2026 });
  });
});

describe("parseFlags", () => {
  it.each([
    ["", []],
    ["provisional", ["provisional"]],
    ["definition_differs;low_confidence", ["definition_differs", "low_confidence"]],
    ["estimated, provisional", ["estimated", "provisional"]],
    ["初步；估算", ["provisional", "estimated"]],
    ["口径不一致，可信度低、序列断点", ["definition_differs", "low_confidence", "break_in_series"]],
    ["Low Confidence; break-in-series", ["low_confidence", "break_in_series"]],
    ["estimated;估算;;", ["estimated"]],
  ])("%j → %j", (text, flags) => {
    expect(parseFlags(text)).toEqual({ ok: true, flags });
  });

  it.each([
    ["preliminary", ["preliminary"]],
    ["estimated;guess;初步估计", ["guess", "初步估计"]],
  ])("%j reports %j as unknown", (text, unknown) => {
    const result = parseFlags(text);
    expect(result).toMatchObject({ ok: false, unknown });
    if (!result.ok) expect(result.accepted.zh).toContain("provisional（初步）、estimated（估算）");
  });
});
