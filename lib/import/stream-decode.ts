// Bytes of an uploaded CSV → text, as a stream, without holding the file in memory.
//
// Same rule as decodeText (decode.ts): strict UTF-8 first, else GB18030 (the superset of
// GBK that Excel on Chinese Windows writes). A stream cannot be tried twice, so the
// choice is made on a window of bytes: ASCII reads the same in both encodings and is
// passed through undecided; at the first non-ASCII byte we look at the next SNIFF_BYTES
// and decide there. A later invalid sequence is a file error, not a silent U+FFFD.

import { msg, type Message } from "@/lib/i18n/message";
import { CsvImportError } from "./csv-reader";
import type { TextEncodingUsed } from "./decode";

export const SNIFF_BYTES = 16 * 1024;

const ACCEPTED = msg("只接受 UTF-8 或 GBK 编码的 CSV 文件，或 XLSX 工作簿", "Only CSV files encoded as UTF-8 or GBK, or XLSX workbooks, are accepted");

export const EMPTY_FILE: Message = msg("文件为空；请上传包含表头和数据行的 CSV 或 XLSX 文件", "The file is empty; upload a CSV or XLSX file with a header row and data rows");

const fail = (zh: string, en: string): never => {
  throw new CsvImportError([msg(`${zh}。${ACCEPTED.zh}`, `${en}. ${ACCEPTED.en}`)]);
};

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function checkStart(head: Uint8Array): void {
  const starts = (...p: number[]) => p.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) fail("这是 XLSX 工作簿而不是 CSV 文本；请以 XLSX 文件上传", "This is an XLSX workbook, not CSV text; upload it as an .xlsx file");
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) {
    fail("文件为 UTF-16 编码（Excel“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”", 'The file is UTF-16 encoded (Excel "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)"');
  }
}

function checkText(bytes: Uint8Array): void {
  if (bytes.includes(0)) fail("无法读取文件内容：不是文本文件", "Cannot read the file: it is not text");
}

/** Decodes without consuming: does this window read as `encoding` (a cut-off last character is fine)? */
function readsAs(window: Uint8Array, encoding: TextEncodingUsed): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(window, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/**
 * Yields the text of `source`. `onEncoding` learns the encoding once it is known (utf-8
 * when the file is pure ASCII). Throws CsvImportError for an empty file, UTF-16, an
 * XLSX sent as CSV, binary data, or bytes that are neither UTF-8 nor GBK.
 */
export async function* decodeByteStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onEncoding: (encoding: TextEncodingUsed) => void = () => {},
): AsyncGenerator<string> {
  let head: Uint8Array = new Uint8Array(0); // bytes seen but not yet decoded
  let atStart = true;
  let total = 0;
  let decoder: TextDecoder | null = null;
  const ascii = new TextDecoder("utf-8");

  const decide = (final: boolean): string | null => {
    if (atStart) {
      if (head.length < 4 && !final) return null;
      checkStart(head);
      atStart = false;
    }
    checkText(head.subarray(0, SNIFF_BYTES));
    const k = firstNonAscii(head);
    if (k === -1) {
      const text = ascii.decode(head);
      head = new Uint8Array(0);
      return text;
    }
    if (head.length - k < SNIFF_BYTES && !final) return null;
    const window = head.subarray(k, k + SNIFF_BYTES);
    const encoding: TextEncodingUsed | null = readsAs(window, "utf-8") ? "utf-8" : readsAs(window, "gb18030") ? "gb18030" : null;
    if (!encoding) return fail("文件中有无效的字符编码", "The file contains invalid character encoding");
    onEncoding(encoding);
    decoder = new TextDecoder(encoding, { fatal: true });
    const bytes = head;
    head = new Uint8Array(0);
    return decodeOrFail(decoder, bytes, true);
  };

  for await (const chunk of source) {
    total += chunk.length;
    if (decoder) {
      const text = decodeOrFail(decoder, chunk, true);
      if (text) yield text;
      continue;
    }
    head = concat(head, chunk);
    const text = decide(false);
    if (text) yield text;
  }
  if (total === 0) throw new CsvImportError([EMPTY_FILE]);
  if (!decoder) {
    const text = decide(true);
    if (text) yield text;
    if (!decoder) onEncoding("utf-8");
  }
  if (decoder) {
    const tail = decodeOrFail(decoder, new Uint8Array(0), false);
    if (tail) yield tail;
  }
}

function decodeOrFail(decoder: TextDecoder, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    const name = decoder.encoding === "utf-8" ? "UTF-8" : "GBK";
    return fail(`文件开头按 ${name} 编码读取，但后面有不符合该编码的字节；请整个文件统一另存为 UTF-8 或 GBK`, `The file starts as ${name} but later contains bytes that are not ${name}; save the whole file as UTF-8 or GBK`);
  }
}
