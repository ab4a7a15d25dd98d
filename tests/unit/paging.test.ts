import { describe, expect, it } from "vitest";
import { pageOf } from "@/lib/util/paging";

describe("pageOf", () => {
  it.each([
    // total, requested, size → page, pages, skip, from, to
    [0, undefined, 200, { page: 1, pages: 1, skip: 0, from: 0, to: 0 }],
    [1, undefined, 200, { page: 1, pages: 1, skip: 0, from: 1, to: 1 }],
    [200, 1, 200, { page: 1, pages: 1, skip: 0, from: 1, to: 200 }],
    [201, 2, 200, { page: 2, pages: 2, skip: 200, from: 201, to: 201 }],
    [50_000, 3, 200, { page: 3, pages: 250, skip: 400, from: 401, to: 600 }],
    [50_000, 999, 200, { page: 250, pages: 250, skip: 49_800, from: 49_801, to: 50_000 }],
    [450, 0, 200, { page: 1, pages: 3, skip: 0, from: 1, to: 200 }],
  ])("%i rows, page %s of %i a page", (total, requested, size, expected) => {
    expect(pageOf(total, requested, size)).toEqual({ ...expected, take: size });
  });
});
