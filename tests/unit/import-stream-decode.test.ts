import { describe, expect, it } from "vitest";
import { limitBytes } from "@/lib/import/byte-limit";
import { CsvImportError } from "@/lib/import/csv-reader";
import { TEXT_CHECK_BYTES } from "@/lib/import/detect-encoding";
import { detectFileEncoding, encodingNote } from "@/lib/import/stream-decode";
import { formatOf } from "@/lib/import/upload";
import { encodeLegacy } from "../support/legacy-encode";

const hex = (s: string) =>
  Uint8Array.from(
    s
      .trim()
      .split(/\s+/)
      .map((b) => Number.parseInt(b, 16)),
  );
const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => encodeLegacy(s, "gb18030");
const big5 = (s: string) => encodeLegacy(s, "big5");
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** Splits bytes into chunks of `size` (1 = every byte its own chunk, the hardest case). */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const failure = async (parts: Uint8Array[]) => {
  const e = await detectFileEncoding(parts).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(CsvImportError);
  return (e as CsvImportError).errors[0]!;
};

const SIMPLIFIED = "地区,指标,年份,数值,单位,来源\n泸州市,gdp,2018,1,亿元,统计年鉴\n";
const TRADITIONAL = "地區,指標,年份,數值,單位,來源\n臺北市,gdp,2018,1,億元,統計年鑑\n";
/** More than the first 16 KB the old decoder looked at, in plain ASCII. */
const FILLER = `${"a,b,2018,1,,x\n".repeat(Math.ceil(TEXT_CHECK_BYTES / 14) + 10)}`;

describe("detectFileEncoding: over the whole file", () => {
  it.each([1, 3, 7, 4096])("UTF-8 split into %i-byte chunks", async (size) => {
    expect(await detectFileEncoding(chunks(utf8(SIMPLIFIED), size))).toBe("utf-8");
  });

  it("UTF-8 with a BOM, and pure ASCII, are UTF-8", async () => {
    expect(await detectFileEncoding([hex("ef bb bf"), utf8(SIMPLIFIED)])).toBe("utf-8");
    expect(await detectFileEncoding([utf8("a")])).toBe("utf-8");
  });

  it.each([1, 5, 4096])("GBK split into %i-byte chunks", async (size) => {
    expect(await detectFileEncoding(chunks(gbk(SIMPLIFIED), size))).toBe("gb18030");
  });

  it("Big5 is read as Big5, not as GBK (every Big5 file is also valid GBK in shape)", async () => {
    const file = big5(TRADITIONAL.repeat(20));
    expect(await detectFileEncoding(chunks(file, 100))).toBe("big5");
    expect(new TextDecoder("big5", { fatal: true }).decode(file)).toBe(TRADITIONAL.repeat(20));
  });

  it("finds GBK after long ASCII (past the first 16 KB)", async () => {
    expect(await detectFileEncoding(chunks(join(utf8(FILLER), gbk("泸州市\n")), 1000))).toBe("gb18030");
  });

  it("refuses UTF-8 with an invalid byte after the first 16 KB, naming line and byte", async () => {
    const start = utf8(`地区,数值\n泸州市,1\n${FILLER}`);
    const e = await failure(chunks(join(start, hex("ff"), utf8("\n")), 4096));
    const lines = FILLER.split("\n").length + 2;
    expect(e.en).toContain(`The file is UTF-8, but from line ${lines} (byte ${start.length + 1}) it contains bytes that are not UTF-8`);
    expect(e.zh).toContain(`第 ${lines} 行（第 ${start.length + 1} 个字节）`);
  });

  it("refuses GBK with UTF-8 text pasted in after the first 16 KB, naming GBK and where", async () => {
    const start = join(gbk(SIMPLIFIED), utf8(FILLER));
    const e = await failure(chunks(join(start, utf8("成都市,1\n")), 4096));
    expect(e.en).toMatch(/reads closest to GBK \(GB18030\), but from line \d+ \(byte \d+\) its bytes are not GBK/);
    const byte = Number(/byte (\d+)/.exec(e.en)![1]);
    expect(byte).toBeGreaterThan(start.length);
  });

  it.each([
    ["an empty file", [], "empty"],
    ["UTF-16", [hex("ff fe 61 00")], "UTF-16"],
    ["an XLSX sent as CSV", [hex("50 4b 03 04 00")], "XLSX"],
    ["binary with NUL bytes", [hex("61 00 62 00 63")], "not text"],
    ["bytes neither UTF-8, GBK nor Big5", [hex("61 ff ff ff")], "invalid character encoding"],
  ])("refuses %s", async (_name, parts, text) => {
    expect((await failure(parts)).en).toContain(text);
  });
});

describe("limitBytes", () => {
  it("passes a file within the limit and cuts one over it", async () => {
    const limit = { exceeded: false, maxBytes: 10 };
    const read = async (parts: Uint8Array[]) => {
      let n = 0;
      for await (const c of limitBytes(
        (async function* () {
          yield* parts;
        })(),
        limit,
      ))
        n += c.length;
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

// (moved here from the tests of lib/import/decode.ts, a whole-file decoder nothing used)
describe("encodingNote: says when the file was not UTF-8, and only then", () => {
  it.each([
    ["utf-8", null],
    ["gb18030", { zh: "文件不是 UTF-8 编码，已按 GBK (GB18030) 读取", en: "The file is not UTF-8; it was read as GBK (GB18030)" }],
    ["big5", { zh: "文件不是 UTF-8 编码，已按 Big5 读取", en: "The file is not UTF-8; it was read as Big5" }],
  ] as const)("%s", (encoding, note) => expect(encodingNote(encoding)).toEqual(note));
});
