// Streaming CSV → row objects keyed by column, with spreadsheet row numbers.
//
// Built on csv-parse's stream parser so a 100,000-row file is processed with bounded
// memory: chunks are pulled from the source only as fast as the consumer takes rows.
//
// Row numbers count records the way a spreadsheet shows them: the header is row 1, the
// first data row is row 2, blank lines still take a row number (Excel shows them as
// empty rows), and a quoted cell spanning several lines is still one row.
//
// A CsvImportError (bad header, broken quoting, undecodable bytes) aborts the file. Rows
// yielded before it are not a complete set: how many of them arrive depends on chunking.

import { pipeline, Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { msg, type Message } from "@/lib/i18n/message";
import { mapHeader, type ColumnKey, type RawRow } from "./columns";
import type { TextEncodingName } from "./detect-encoding";

type CsvChunk = string | Uint8Array;
export type CsvSource = AsyncIterable<CsvChunk> | Iterable<CsvChunk>;

export interface CsvRow {
  rowNumber: number;
  raw: RawRow;
  /** Non-empty cells beyond the header's width (see rowShapeErrors). */
  extraValues: string[];
  /** Yearbook tables: the cell each field came from ("B7"), for errors naming it. */
  cells?: Partial<Record<ColumnKey, string>>;
}

export interface CsvHeaderInfo {
  rowNumber: number;
  present: ColumnKey[];
  ignored: string[];
  warnings: Message[];
}

export interface CsvReadOptions {
  /** How to decode byte chunks; string chunks are used as they are. Default utf-8. */
  encoding?: TextEncodingName;
  /** Called once the header has been mapped, before the first row is yielded. */
  onHeader?: (header: CsvHeaderInfo) => void;
  /** Guards memory against an unclosed quote swallowing the rest of the file. */
  maxRecordChars?: number;
}

/** A problem with the file as a whole; nothing after it can be read reliably. */
export class CsvImportError extends Error {
  constructor(
    readonly errors: Message[],
    readonly rowNumber: number | null = null,
  ) {
    super(errors.map((e) => e.en).join("; "));
    this.name = "CsvImportError";
  }
}

async function* decodeChunks(source: CsvSource, encoding: TextEncodingName): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    // The byte decoder strips a BOM itself; a string source may still start with one.
    if (first && text !== "") {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    if (text !== "") yield text;
  }
  const tail = decoder.decode();
  if (tail !== "") yield tail;
}

function describeCsvError(error: unknown, rowNumber: number, maxRecordChars: number): CsvImportError {
  if (error instanceof CsvImportError) return error;
  if (error instanceof CsvError) {
    // csv-parse reports how many records it had completed; the broken one is the next.
    // Our own counter can lag behind, since records still buffered are dropped on error.
    const near = (typeof error.records === "number" ? error.records : rowNumber) + 1;
    const limit = maxRecordChars.toLocaleString("en-US");
    const detail =
      error.code === "CSV_MAX_RECORD_SIZE"
        ? msg(
            `这一行超过了每行 ${limit} 个字符的上限；常见原因是某个以 " 开头的值没有结束的 "，把后面的行都并入了这一行，或某个单元格过长`,
            `this row is longer than the limit of ${limit} characters per row; usually a value starting with " has no closing " and swallowed the lines after it, or a cell is far too long`,
          )
        : error.code === "CSV_QUOTE_NOT_CLOSED"
          ? msg('引号未闭合（某个以 " 开头的值没有结束的 "）', 'a quote is not closed (a value starting with " has no closing ")')
          : error.code === "CSV_INVALID_CLOSING_QUOTE" || error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"
            ? msg('引号后紧跟了其他字符；值中的引号请写成两个 ""', 'a closing quote is followed by other characters; write quotes inside values as ""')
            : msg(`CSV 格式错误（${error.code}）`, `malformed CSV (${error.code})`);
    return new CsvImportError([msg(`第${near}行附近：${detail.zh}`, `Near row ${near}: ${detail.en}`)], near);
  }
  if (error instanceof TypeError && (error as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA") {
    return new CsvImportError([
      msg("文件中有无效的字符编码；请另存为 UTF-8 或 GBK 编码的 CSV", "the file contains invalid character encoding; save it as a UTF-8 or GBK CSV"),
    ]);
  }
  return new CsvImportError([msg("无法读取 CSV 文件", "could not read the CSV file")]);
}

export async function* readCsvRows(source: CsvSource, options: CsvReadOptions = {}): AsyncGenerator<CsvRow> {
  const maxRecordChars = options.maxRecordChars ?? 100_000;
  const parser = parse({
    relax_column_count: true, // short and long rows are reported per row, not fatal
    relax_quotes: true, // tolerate a stray " inside an unquoted value
    skip_empty_lines: false, // blank lines must still count towards row numbers
    max_record_size: maxRecordChars,
  });
  // pipeline propagates source/decoding errors into the parser (and so into our loop),
  // and tears the source down if the consumer stops early.
  pipeline(Readable.from(decodeChunks(source, options.encoding ?? "utf-8")), parser, () => {});

  let rowNumber = 0;
  let columns: (ColumnKey | null)[] | null = null;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (record.every((cell) => cell.trim() === "")) continue;

      if (columns === null) {
        const header = mapHeader(record);
        if (!header.ok) throw new CsvImportError(header.errors, rowNumber);
        columns = header.columns;
        options.onHeader?.({ rowNumber, present: header.present, ignored: header.ignored, warnings: header.warnings });
        continue;
      }

      const raw: RawRow = {};
      for (let i = 0; i < columns.length; i++) {
        const key = columns[i];
        if (key) raw[key] = record[i] ?? "";
      }
      const extraValues = record.length > columns.length ? record.slice(columns.length).filter((cell) => cell.trim() !== "") : [];
      yield { rowNumber, raw, extraValues };
    }
  } catch (error) {
    throw describeCsvError(error, rowNumber, maxRecordChars);
  } finally {
    parser.destroy();
  }

  if (columns === null) {
    throw new CsvImportError([msg("文件中没有表头行", "the file has no header row")]);
  }
}
