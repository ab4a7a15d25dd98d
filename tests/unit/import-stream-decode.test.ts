import { describe, expect, it } from "vitest";
import { limitBytes } from "@/lib/import/byte-limit";
import { CsvImportError } from "@/lib/import/csv-reader";
import { decodeByteStream, SNIFF_BYTES } from "@/lib/import/stream-decode";
import { formatOf } from "@/lib/import/upload";

const hex = (s: string) => Uint8Array.from(s.trim().split(/\s+/).map((b) => Number.parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const LUZHOU_GBK = hex("e3 f2 d6 dd ca d0"); // 泸州市
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** Splits bytes into chunks of `size` (1 = every byte its own chunk, the hardest case). */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function decode(parts: Uint8Array[]) {
  let encoding = "";
  let text = "";
  for await (const t of decodeByteStream(parts, (e) => (encoding = e))) text += t;
  return { text, encoding };
}

const failure = async (parts: Uint8Array[]) => {
  const e = await decode(parts).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(CsvImportError);
  return (e as CsvImportError).errors[0]!.en;
};

describe("decodeByteStream", () => {
  it.each([1, 3, 7, 4096])("UTF-8 split into %i-byte chunks", async (size) => {
    expect(await decode(chunks(utf8("地区,数值\n泸州市,1\n"), size))).toEqual({ text: "地区,数值\n泸州市,1\n", encoding: "utf-8" });
  });

  it.each([1, 5, 4096])("GBK split into %i-byte chunks", async (size) => {
    expect(await decode(chunks(join(utf8("region\n"), LUZHOU_GBK, utf8("\n")), size))).toEqual({ text: "region\n泸州市\n", encoding: "gb18030" });
  });

  it("passes long ASCII through and still recognises GBK after it", async () => {
    const ascii = "a,b\n".repeat(SNIFF_BYTES);
    expect(await decode(chunks(join(utf8(ascii), LUZHOU_GBK), 1000))).toEqual({ text: `${ascii}泸州市`, encoding: "gb18030" });
  });

  it("strips a UTF-8 BOM and calls pure ASCII utf-8", async () => {
    expect(await decode([hex("ef bb bf"), utf8("region\n")])).toEqual({ text: "region\n", encoding: "utf-8" });
    expect(await decode([utf8("a")])).toEqual({ text: "a", encoding: "utf-8" });
  });

  it.each([
    ["an empty file", [], "empty"],
    ["UTF-16", [hex("ff fe 61 00")], "UTF-16"],
    ["an XLSX sent as CSV", [hex("50 4b 03 04 00")], "XLSX"],
    ["binary with NUL bytes", [hex("61 00 62 00 63")], "not text"],
    ["bytes neither UTF-8 nor GBK", [hex("61 ff ff ff")], "invalid character encoding"],
  ])("refuses %s", async (_name, parts, text) => {
    expect(await failure(parts)).toContain(text);
  });

  it("refuses a file that starts as UTF-8 and turns into GBK later", async () => {
    const start = utf8(`泸州,${"x".repeat(SNIFF_BYTES)}\n`);
    expect(await failure([start, LUZHOU_GBK])).toContain("starts as UTF-8");
  });
});

describe("limitBytes", () => {
  it("passes a file within the limit and cuts one over it", async () => {
    const limit = { exceeded: false, maxBytes: 10 };
    const read = async (parts: Uint8Array[]) => {
      let n = 0;
      for await (const c of limitBytes((async function* () { yield* parts; })(), limit)) n += c.length;
      return n;
    };
    expect(await read([utf8("12345"), utf8("67890")])).toBe(10);
    expect(limit.exceeded).toBe(false);
    await expect(read([utf8("12345"), utf8("678901")])).rejects.toThrow(/limit/);
    expect(limit.exceeded).toBe(true);
  });
});

describe("formatOf", () => {
  it.each([
    ["data.xlsx", "", "xlsx"],
    ["DATA.XLSM", "", "xlsx"],
    ["data.csv", "PK", "csv"],
    ["upload", "PK", "xlsx"],
    ["upload", "re", "csv"],
  ])("%s starting %s → %s", (name, start, format) => expect(formatOf(name, utf8(start))).toBe(format));
});
