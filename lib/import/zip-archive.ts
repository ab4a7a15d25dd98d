// A zip file on disk (an uploaded XLSX, spooled), read one entry at a time with bounds.
// yauzl reads the central directory and refuses malformed entries; every entry's
// declared size is checked against the bound up front, and the inflated bytes are
// counted as they stream: an entry is stopped as soon as it inflates past its declared
// size or the bound, so a zip bomb is cut off whatever it declares. (Our own check
// instead of yauzl's validateEntrySizes, so the answer can say what happened.)

import yauzl from "yauzl";
import { msg } from "@/lib/i18n/message";
import { CsvImportError } from "./csv-reader";
import { limitExceeded, UploadLimitError, type XlsxLimits } from "./upload-limits";

export const UNREADABLE_XLSX = msg(
  "无法读取 XLSX 文件：文件已损坏，或不是 Excel 工作簿（.xlsx）；旧版 .xls 请另存为 .xlsx 或 CSV",
  "Cannot read the XLSX file: it is damaged or not an Excel workbook (.xlsx); save old .xls files as .xlsx or CSV",
);

export interface ZipArchive {
  has(name: string): boolean;
  /** The inflated bytes of entry `name`, counted against the bounds. */
  bytes(name: string): AsyncGenerator<Uint8Array>;
  close(): void;
}

/** Entry names compare without a leading slash and case-insensitively, as Excel does. */
const normalizeEntryName = (name: string) => name.replace(/^\/+/, "").toLowerCase();

const pastDeclaredSize = (entry: yauzl.Entry) =>
  new UploadLimitError(
    "maxEntryBytes",
    msg(
      `XLSX 文件的部件“${entry.fileName}”解压后大于其声明的 ${entry.uncompressedSize} 字节（文件已损坏或为压缩炸弹）`,
      `Part "${entry.fileName}" of the XLSX file inflates past its declared size of ${entry.uncompressedSize} bytes (the file is damaged or a zip bomb)`,
    ),
  );

export async function openZipArchive(path: string, limits: XlsxLimits): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: false, strictFileNames: false, decodeStrings: true });
  } catch {
    throw new CsvImportError([UNREADABLE_XLSX]);
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    if (zip.entryCount > limits.maxEntries) throw limitExceeded("maxEntries", limits);
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.uncompressedSize > limits.maxEntryBytes) return reject(limitExceeded("maxEntryBytes", limits, entry.fileName));
        entries.set(normalizeEntryName(entry.fileName), entry);
        zip.readEntry();
      });
      zip.on("end", resolve);
      zip.on("error", () => reject(new CsvImportError([UNREADABLE_XLSX])));
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    throw e;
  }

  let total = 0; // inflated bytes read from this archive, all entries
  return {
    has: (name) => entries.has(normalizeEntryName(name)),
    async *bytes(name) {
      const entry = entries.get(normalizeEntryName(name));
      if (!entry) throw new CsvImportError([UNREADABLE_XLSX]);
      let stream: NodeJS.ReadableStream & { destroy(): void };
      try {
        stream = (await zip.openReadStreamPromise(entry)) as typeof stream;
      } catch {
        throw new CsvImportError([UNREADABLE_XLSX]);
      }
      let seen = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          seen += chunk.length;
          total += chunk.length;
          if (seen > entry.uncompressedSize) throw pastDeclaredSize(entry);
          if (seen > limits.maxEntryBytes) throw limitExceeded("maxEntryBytes", limits, entry.fileName);
          if (total > limits.maxTotalBytes) throw limitExceeded("maxTotalBytes", limits, entry.fileName);
          yield chunk;
        }
      } catch (e) {
        if (e instanceof CsvImportError) throw e;
        throw new CsvImportError([UNREADABLE_XLSX]); // corrupt deflate data, size or CRC mismatch
      } finally {
        stream.destroy();
      }
    },
    close: () => zip.close(),
  };
}
