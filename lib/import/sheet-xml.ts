// One worksheet's XML → its rows, as the text an analyst sees in each cell: shared and
// inline strings, numbers with every digit Excel stored, a formula's cached result,
// TRUE/FALSE, error codes (#N/A), and date-formatted numbers as YYYY-MM-DD.

import { limitExceeded, type XlsxLimits } from "./upload-limits";
import { parseXml } from "./xml-stream";
import type { SheetRow } from "./xlsx-rows";

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  limits: XlsxLimits;
  /** The sheet's name, for limit errors. */
  name: string;
  /** Called with each merged range ("A1:E1"); they follow the rows in the file. */
  onMerge?: (ref: string) => void;
}

/** "B12" → 2 (column B); 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > 1e6) break;
  }
  return col;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 0, with Excel's 1900 leap-year bug folded in for serials > 60
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial → YYYY-MM-DD (the date part; time of day dropped). */
export function serialToDate(serial: number, date1904: boolean): string {
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

function numberText(v: string): string {
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? String(n) : v;
}

function cellValue(type: string, v: string, inline: string, style: number, ctx: SheetContext): string {
  switch (type) {
    case "s":
      return ctx.sharedStrings[Number(v)] ?? "";
    case "inlineStr":
      return inline;
    case "str":
    case "e":
      return v;
    case "b":
      return v === "1" || v === "true" ? "TRUE" : v === "" ? "" : "FALSE";
    case "d":
      return v.slice(0, 10);
    default: {
      if (v === "") return "";
      const n = Number(v);
      if (ctx.dateStyles[style] && Number.isFinite(n)) return serialToDate(n, ctx.date1904);
      return numberText(v);
    }
  }
}

/** Rows of the sheet as `values[col]` (1-based, A = 1), in file order. */
export function parseSheetRows(bytes: AsyncIterable<Uint8Array>, ctx: SheetContext): AsyncGenerator<SheetRow> {
  const { limits, name: sheet } = ctx;
  return parseXml<SheetRow>(
    bytes,
    (emit) => {
      let rowNumber = 0;
      let rows = 0;
      let values: string[] | null = null;
      let cells = 0;
      let col = 0;
      let type = "";
      let style = 0;
      let capture: "v" | "t" | null = null;
      let phonetic = 0;
      let v = "";
      let inline = "";
      const grow = (text: string) => {
        if (capture === "v") v += text;
        else inline += text;
        if (v.length > limits.maxCellChars || inline.length > limits.maxCellChars) throw limitExceeded("maxCellChars", limits, `${sheet}`);
      };
      return {
        open: (name, a) => {
          if (name === "row") {
            if (++rows > limits.maxRows) throw limitExceeded("maxRows", limits, sheet);
            const r = Number(a.r);
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            values = [];
            cells = 0;
            col = 0;
          } else if (name === "c" && values) {
            const ref = a.r ? columnOf(a.r) : 0;
            col = ref > 0 ? ref : col + 1;
            if (++cells > limits.maxColumns || col > limits.maxColumns) throw limitExceeded("maxColumns", limits, sheet);
            type = a.t ?? "n";
            style = Number(a.s ?? 0);
            v = "";
            inline = "";
          } else if (name === "v") capture = "v";
          else if (name === "mergeCell" && a.ref) ctx.onMerge?.(a.ref);
          else if (name === "rPh") phonetic++;
          else if (name === "t" && phonetic === 0 && type === "inlineStr") capture = "t";
        },
        close: (name) => {
          if (name === "row" && values) {
            emit({ number: rowNumber, values });
            values = null;
          } else if (name === "c" && values) {
            const text = cellValue(type, v, inline, style, ctx);
            if (text !== "") values[col] = text;
          } else if (name === "v" || name === "t") capture = null;
          else if (name === "rPh") phonetic--;
        },
        text: (text) => {
          if (capture) grow(text);
        },
      };
    },
    limits,
    sheet,
  );
}
