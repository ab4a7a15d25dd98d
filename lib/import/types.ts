import type { Message } from "@/lib/i18n/message";
import type { Flag } from "@/lib/progress/flags";

export interface IndicatorRef {
  code: string;
  /** Canonical unit every stored value of the indicator is in. */
  unit: string;
  nameZh: string;
  nameEn: string;
  /** A count-like unit (persons, area) that may still be negative: net migration. Default false. */
  allowNegative?: boolean;
}

/** What validateRow needs from the outside world; the caller wires it to the database. */
export interface RowContext {
  resolveRegion: (text: string) => { ok: true; adcode: string } | { ok: false; error: Message };
  /** Looks an indicator up by code or by its zh/en name. */
  findIndicator: (codeOrName: string) => IndicatorRef | null;
  minYear: number;
  maxYear: number;
  /** Optional: codes to list in the "unknown indicator" message. */
  indicatorCodes?: readonly string[];
}

export interface ValidRow {
  /** Spreadsheet row number (header = 1). */
  rowNumber: number;
  adcode: string;
  indicatorCode: string;
  year: number;
  /** In the indicator's unit. */
  value: number;
  /** The number as written, without thousands separators: "1619700", "111.590". */
  valueAsEntered: string;
  /** The unit as written (trimmed); "" when the file left it empty. */
  unitAsEntered: string;
  source: string;
  note: string;
  flags: Flag[];
  /** When the figure was published (the `published` column); null = when recorded. */
  publishedAt?: Date | null;
}
