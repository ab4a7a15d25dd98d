import { describe, expect, it } from "vitest";
import { acceptedUnitsFor, parseUnit } from "@/lib/units/unit-registry";

describe("parseUnit", () => {
  it.each([
    // people
    ["人", "人", "population"],
    ["万人", "万人", "population"],
    [" 万 人 ", "万人", "population"],
    ["persons", "人", "population"],
    ["Persons", "人", "population"],
    ["10k persons", "万人", "population"],
    // area
    ["km²", "km²", "area"],
    ["km2", "km²", "area"],
    ["KM2", "km²", "area"],
    ["ｋｍ２", "km²", "area"],
    ["ｋｍ²", "km²", "area"],
    ["平方公里", "km²", "area"],
    ["平方千米", "km²", "area"],
    ["公顷", "公顷", "area"],
    ["ha", "公顷", "area"],
    ["HA", "公顷", "area"],
    ["万平方公里", "万km²", "area"],
    ["万km²", "万km²", "area"],
    ["万km2", "万km²", "area"],
    ["万ＫＭ２", "万km²", "area"],
    // money
    ["元", "元", "money"],
    ["万元", "万元", "money"],
    ["亿元", "亿元", "money"],
    ["万亿元", "万亿元", "money"],
    ["CNY 100 million", "亿元", "money"],
    ["yuan", "元", "money"],
    // percent
    ["%", "%", "percent"],
    ["％", "%", "percent"],
    ["百分比", "%", "percent"],
    // density
    ["个/万km²", "个/万km²", "density"],
    ["个/万km2", "个/万km²", "density"],
    ["个/万平方公里", "个/万km²", "density"],
    ["个／万平方公里", "个/万km²", "density"],
  ])("%j → %s (%s)", (text, symbol, dimension) => {
    const unit = parseUnit(text);
    expect(unit?.symbol).toBe(symbol);
    expect(unit?.dimension).toBe(dimension);
  });

  it.each([[""], ["   "], ["人口"], ["公斤"], ["亿"], ["万"], ["km"], ["%%"]])("%j is not a unit", (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe("acceptedUnitsFor", () => {
  it.each([
    ["万人", ["万人", "人"]],
    ["人", ["人", "万人"]],
    ["km²", ["km²", "万km²", "公顷"]],
    ["km2", ["km²", "万km²", "公顷"]],
    ["亿元", ["亿元", "万亿元", "万元", "元"]],
    ["%", ["%"]],
    ["个/万km²", ["个/万km²"]],
    // An unregistered indicator unit accepts only itself.
    ["个", ["个"]],
    ["", []],
  ])("%s → %j", (unit, expected) => {
    expect(acceptedUnitsFor(unit)).toEqual(expected);
  });
});
