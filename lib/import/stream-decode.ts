// The encoding of an uploaded CSV, decided over the whole (spooled) file before any row
// is read: UTF-8 with or without BOM, GBK/GB18030 or Big5, or a refusal that names what
// was found and where. (It used to be decided on the first 16 KB, and later bytes of
// another encoding were stored as mojibake.)

import { msg, type Message } from "@/lib/i18n/message";
import { CsvImportError } from "./csv-reader";
import { createEncodingDetector, type EncodingVerdict, type TextEncodingName } from "./detect-encoding";

const ACCEPTED = msg(
  "只接受 UTF-8、GBK 或 Big5 编码的 CSV 文件，或 XLSX 工作簿",
  "Only CSV files encoded as UTF-8, GBK or Big5, or XLSX workbooks, are accepted",
);

export const EMPTY_FILE: Message = msg(
  "文件为空；请上传包含表头和数据行的 CSV 或 XLSX 文件",
  "The file is empty; upload a CSV or XLSX file with a header row and data rows",
);

const ENCODING_LABEL: Record<TextEncodingName, string> = { "utf-8": "UTF-8", gb18030: "GBK (GB18030)", big5: "Big5" };

/** The note shown when a file was read in an encoding other than UTF-8. */
export function encodingNote(encoding: TextEncodingName): Message | null {
  if (encoding === "utf-8") return null;
  const name = ENCODING_LABEL[encoding];
  return msg(`文件不是 UTF-8 编码，已按 ${name} 读取`, `The file is not UTF-8; it was read as ${name}`);
}

const withAccepted = (zh: string, en: string) => msg(`${zh}。${ACCEPTED.zh}`, `${en}. ${ACCEPTED.en}`);

/** Why a verdict refuses the file, in words an analyst can act on. */
function refusal(v: Exclude<EncodingVerdict, { ok: true }>): Message {
  switch (v.reason) {
    case "empty":
      return EMPTY_FILE;
    case "xlsx":
      return withAccepted("这是 XLSX 工作簿而不是 CSV 文本；请以 XLSX 文件上传", "This is an XLSX workbook, not CSV text; upload it as an .xlsx file");
    case "utf16":
      return withAccepted(
        "文件为 UTF-16 编码（Excel“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”",
        'The file is UTF-16 encoded (Excel "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)"',
      );
    case "binary":
      return withAccepted("无法读取文件内容：不是文本文件", "Cannot read the file: it is not text");
    case "broken": {
      const name = ENCODING_LABEL[v.encoding];
      return withAccepted(
        `文件按 ${name} 编码读取，但第 ${v.at.line} 行（第 ${v.at.byte + 1} 个字节）起有不符合 ${name} 的字节；请整个文件统一另存为一种编码`,
        `The file is ${name}, but from line ${v.at.line} (byte ${v.at.byte + 1}) it contains bytes that are not ${name}; save the whole file in one encoding`,
      );
    }
    case "unknown": {
      const name = ENCODING_LABEL[v.best];
      const at = v.failures[v.best];
      return withAccepted(
        `文件中有无效的字符编码：最接近 ${name}，但第 ${at.line} 行（第 ${at.byte + 1} 个字节）起的字节不符合 ${name}（可能混入了其他编码的文字）；请整个文件统一另存为一种编码`,
        `The file contains invalid character encoding: it reads closest to ${name}, but from line ${at.line} (byte ${at.byte + 1}) its bytes are not ${name} (text in another encoding pasted in?); save the whole file in one encoding`,
      );
    }
  }
}

/** Reads `source` to the end and returns its encoding, or throws CsvImportError saying why not. */
export async function detectFileEncoding(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<TextEncodingName> {
  const detector = createEncodingDetector();
  for await (const chunk of source) detector.push(chunk);
  const v = detector.verdict();
  if (!v.ok) throw new CsvImportError([refusal(v)]);
  return v.encoding;
}
