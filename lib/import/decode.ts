// Bytes of an uploaded CSV → text.
//
// Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK, WPS and newer Excel save UTF-8
// (often with a BOM). Rather than make analysts pick an encoding, we try strict UTF-8
// first — GBK text is almost never valid UTF-8 — and fall back to GB18030, the superset
// of GBK that TextDecoder implements. The fallback is reported as a note, not an error.

import { msg, type Message } from "@/lib/i18n/message";

export type TextEncodingUsed = "utf-8" | "gb18030";

export type DecodeFailure = "empty" | "xlsx" | "utf16" | "binary";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingUsed; note: Message | null }
  | { ok: false; reason: DecodeFailure; error: Message };

const ACCEPTED = msg(
  "只接受 UTF-8 或 GBK 编码的 CSV 文件，或 XLSX 工作簿",
  "only CSV files encoded as UTF-8 or GBK, or XLSX workbooks, are accepted",
);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingUsed): string | null {
  try {
    // fatal: report invalid sequences instead of silently inserting U+FFFD.
    // The UTF-8 decoder strips a leading BOM itself (ignoreBOM defaults to false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text files do not contain NUL and hardly any other C0 control characters (tab, CR and
 * LF aside). GB18030 maps almost every byte sequence to *something*, so this check is
 * what catches binary uploads that slipped through the decoder.
 */
function looksLikeText(text: string): boolean {
  if (text.includes("\u0000")) return false;
  const controls = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls <= text.length / 100;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  const empty: DecodeResult = {
    ok: false,
    reason: "empty",
    error: msg("文件为空；请上传包含表头和数据行的 CSV 文件", "the file is empty; upload a CSV with a header row and data rows"),
  };
  if (bytes.length === 0) return empty;

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      ok: false,
      reason: "xlsx",
      error: msg(`这是 XLSX 工作簿而不是 CSV 文本；请按 XLSX 文件导入。${ACCEPTED.zh}`, `this is an XLSX workbook, not CSV text; import it as XLSX. ${capitalize(ACCEPTED.en)}`),
    };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      reason: "utf16",
      error: msg(
        `文件为 UTF-16 编码（Excel“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”。${ACCEPTED.zh}`,
        `the file is UTF-16 encoded (Excel "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)". ${capitalize(ACCEPTED.en)}`,
      ),
    };
  }

  const binary: DecodeResult = {
    ok: false,
    reason: "binary",
    error: msg(`无法读取文件内容：不是文本文件。${ACCEPTED.zh}`, `cannot read the file: it is not text. ${capitalize(ACCEPTED.en)}`),
  };

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) {
    if (utf8.trim() === "") return empty;
    return looksLikeText(utf8) ? { ok: true, text: utf8, encoding: "utf-8", note: null } : binary;
  }

  const gbk = tryDecode(bytes, "gb18030");
  if (gbk === null || !looksLikeText(gbk)) return binary;
  if (gbk.trim() === "") return empty;
  return {
    ok: true,
    text: gbk,
    encoding: "gb18030",
    note: msg("文件不是 UTF-8 编码，已按 GBK（GB18030）读取", "the file is not UTF-8; it was read as GBK (GB18030)"),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
