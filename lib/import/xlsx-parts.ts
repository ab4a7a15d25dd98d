// The small parts of a workbook the reader needs before the sheet rows: where the
// workbook and its sheets are (relationships), the sheets' names and order, the shared
// strings (held in memory, so bounded in count and characters) and which cell styles
// are dates (a year typed as a date still reads as one).

import { limitExceeded, type XlsxLimits } from "./upload-limits";
import { parseXml } from "./xml-stream";
import { UNREADABLE_XLSX, type ZipArchive } from "./zip-archive";
import { CsvImportError } from "./csv-reader";

interface SheetRef {
  name: string;
  /** Entry name in the zip. */
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  sharedStringsPath: string | null;
  stylesPath: string | null;
  date1904: boolean;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

/** Resolves a relationship target against the folder of the part that names it. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

const relsPathOf = (part: string) => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

interface Rel {
  id: string;
  type: string;
  target: string;
}

async function readRels(zip: ZipArchive, part: string, limits: XlsxLimits): Promise<Rel[]> {
  const path = relsPathOf(part);
  if (!zip.has(path)) return [];
  return collect(
    parseXml<Rel>(
      zip.bytes(path),
      (emit) => ({
        open: (name, a) => {
          if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External")
            emit({ id: a.Id, type: a.Type ?? "", target: resolveTarget(part, a.Target) });
        },
        close: () => {},
        text: () => {},
      }),
      limits,
      path,
    ),
  );
}

export async function readWorkbookInfo(zip: ZipArchive, limits: XlsxLimits): Promise<WorkbookInfo> {
  const root = await readRels(zip, "", limits);
  const workbookPath = root.find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  if (!zip.has(workbookPath)) throw new CsvImportError([UNREADABLE_XLSX]);
  const rels = await readRels(zip, workbookPath, limits);
  const byId = new Map(rels.map((r) => [r.id, r]));
  let date1904 = false;
  const named = await collect(
    parseXml<{ name: string; rid: string }>(
      zip.bytes(workbookPath),
      (emit) => ({
        open: (name, a) => {
          if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
          if (name === "sheet" && a.name) emit({ name: a.name, rid: a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "" });
        },
        close: () => {},
        text: () => {},
      }),
      limits,
      workbookPath,
    ),
  );
  const sheets = named.flatMap(({ name, rid }) => {
    const rel = byId.get(rid);
    return rel && rel.type.endsWith("/worksheet") && zip.has(rel.target) ? [{ name, path: rel.target }] : [];
  });
  const target = (suffix: string) => {
    const t = rels.find((r) => r.type.endsWith(suffix))?.target;
    return t && zip.has(t) ? t : null;
  };
  return { sheets, sharedStringsPath: target("/sharedStrings"), stylesPath: target("/styles"), date1904 };
}

/**
 * The shared string table: plain and rich text joined run by run; phonetic guides
 * (<rPh>, furigana/pinyin) are not part of the text.
 */
export async function readSharedStrings(zip: ZipArchive, path: string | null, limits: XlsxLimits): Promise<string[]> {
  if (!path) return [];
  const strings: string[] = [];
  let chars = 0;
  for await (const s of parseXml<string>(
    zip.bytes(path),
    (emit) => {
      let current: string[] | null = null;
      let count = 0;
      let inT = false;
      let phonetic = 0;
      let length = 0;
      return {
        open: (name) => {
          if (name === "si") {
            if (++count > limits.maxSharedStrings) throw limitExceeded("maxSharedStrings", limits);
            current = [];
            length = 0;
          } else if (name === "rPh") phonetic++;
          else if (name === "t" && phonetic === 0) inT = true;
        },
        close: (name) => {
          if (name === "si" && current) {
            emit(current.join(""));
            current = null;
          } else if (name === "rPh") phonetic--;
          else if (name === "t") inT = false;
        },
        text: (text) => {
          if (!inT || !current) return;
          length += text.length;
          chars += text.length;
          if (length > limits.maxCellChars) throw limitExceeded("maxCellChars", limits, path);
          if (chars > limits.maxSharedStringChars) throw limitExceeded("maxSharedStringChars", limits);
          current.push(text);
        },
      };
    },
    limits,
    path,
  )) {
    strings.push(s);
  }
  return strings;
}

// Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the CJK ones).
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom format code shows a date when, outside quotes and [..], it has y, m, d, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (the `s` of a cell), whether it formats a date. */
export async function readDateStyles(zip: ZipArchive, path: string | null, limits: XlsxLimits): Promise<boolean[]> {
  if (!path) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  for await (const _ of parseXml<never>(
    zip.bytes(path),
    () => ({
      open: (name, a) => {
        if (name === "numFmt") custom.set(Number(a.numFmtId), isDateFormatCode(a.formatCode ?? ""));
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          const id = Number(a.numFmtId ?? 0);
          styles.push(custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
        }
      },
      close: (name) => {
        if (name === "cellXfs") inCellXfs = false;
      },
      text: () => {},
    }),
    limits,
    path,
  )) {
    // parseXml yields nothing here; the loop drives it
  }
  return styles;
}
