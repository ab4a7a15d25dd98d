import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/import/decode";

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: string) => Uint8Array.from(bytes.split(/\s+/).map((b) => Number.parseInt(b, 16)));

// "地区,指标,年份,数值,单位,来源\r\n泸州市,gdp,2018,1,亿元,统计年鉴\r\n" encoded as GBK
// (what Excel on Chinese Windows writes for "CSV (逗号分隔)"). 地区 = B5 D8 C7 F8.
const GBK_CSV = hex(`
  b5 d8 c7 f8 2c d6 b8 b1 ea 2c c4 ea b7 dd 2c ca fd d6 b5 2c b5 a5 ce bb 2c c0 b4 d4 b4 0d 0a
  e3 f2 d6 dd ca d0 2c 67 64 70 2c 32 30 31 38 2c 31 2c d2 da d4 aa 2c cd b3 bc c6 c4 ea bc f8 0d 0a`.trim());

describe("decodeText: readable files", () => {
  it.each([
    ["plain UTF-8", utf8("地区,数值\n泸州市,1\n"), "地区,数值\n泸州市,1\n", "utf-8"],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("地区\n")]), "地区\n", "utf-8"],
    ["ASCII", utf8("region,value\n"), "region,value\n", "utf-8"],
    ["GBK: 地区", hex("b5 d8 c7 f8"), "地区", "gb18030"],
    ["GBK CSV", GBK_CSV, "地区,指标,年份,数值,单位,来源\r\n泸州市,gdp,2018,1,亿元,统计年鉴\r\n", "gb18030"],
  ])("%s", (_name, bytes, text, encoding) => {
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, text, encoding });
  });

  it("says when it fell back to GBK, and only then", () => {
    const gbk = decodeText(GBK_CSV);
    expect(gbk.ok && gbk.note).toEqual({
      zh: "文件不是 UTF-8 编码，已按 GBK (GB18030) 读取",
      en: "The file is not UTF-8; it was read as GBK (GB18030)",
    });
    const plain = decodeText(utf8("a"));
    expect(plain.ok && plain.note).toBeNull();
  });
});

describe("decodeText: rejected files", () => {
  it.each([
    ["no bytes", new Uint8Array(), "empty", "文件为空"],
    ["only a BOM", Uint8Array.from([0xef, 0xbb, 0xbf]), "empty", "文件为空"],
    ["only whitespace", utf8(" \r\n\r\n"), "empty", "文件为空"],
    ["XLSX (zip)", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "xlsx", "XLSX 工作簿"],
    ["UTF-16LE", Uint8Array.from([0xff, 0xfe, 0x30, 0x57, 0x3a, 0x53]), "utf16", "UTF-16"],
    ["binary with NUL bytes", Uint8Array.from([0x01, 0x00, 0x02, 0x00, 0x89, 0x50, 0x4e, 0x47]), "binary", "不是文本文件"],
    ["PNG header", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), "binary", "不是文本文件"],
    ["invalid in UTF-8, GB18030 and Big5", Uint8Array.from([0x61, 0xff, 0x62]), "unknown", "第 1 行（第 2 个字节）"],
  ])("%s → %s", (_name, bytes, reason, zh) => {
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: false, reason });
    if (result.ok) return;
    expect(result.error.zh).toContain(zh);
    if (reason !== "empty") {
      expect(result.error.zh).toContain("只接受 UTF-8、GBK 或 Big5 编码的 CSV 文件，或 XLSX 工作簿");
      expect(result.error.en).toContain("Only CSV files encoded as UTF-8, GBK or Big5, or XLSX workbooks, are accepted");
    }
  });
});
