// The input of the Word report builder: plain data, already in the reader's language and
// formatted, so the same builder serves a saved report and a round's 年度监测报告 (and
// needs no database, request or clock).
import type { Locale } from "@/lib/i18n/locale";
import type { ProgressStatus } from "@/lib/progress/types";

export interface DocTargetRow {
  indicator: string;
  region: string;
  /** Values already formatted with their unit ("9,094 万人"); "—" when missing. */
  baseline: string;
  target: string;
  latest: string;
  /** "87.5%" or "—". */
  completion: string;
  status: ProgressStatus;
  /** Lead unit first, then supporting units; empty when nobody is assigned. */
  responsible: string;
  /** The "why this status" sentence of the evaluation (lib/progress/explain.ts). */
  why: string;
}

/** One goal area (or "other targets") and its targets, in plan order. */
export interface DocSection {
  title: string;
  rows: DocTargetRow[];
}

export interface DocWarning {
  indicator: string;
  region: string;
  status: ProgressStatus;
  responsible: string;
  why: string;
}

export interface DocChart {
  title: string;
  /** A line under the title: what the chart cannot show (e.g. the figure a frozen round used). */
  note?: string;
  png: Uint8Array;
  /** Pixel size of the PNG; the builder scales it to the page width. */
  width: number;
  height: number;
}

interface DocAnnotation {
  indicator: string;
  region: string;
  year: number | null;
  body: string;
}

export interface ReportDocModel {
  language: Locale;
  title: string;
  planName: string;
  roundName?: string | null;
  /** Formatted moment the data is read as of. */
  asOf: string;
  unitName?: string | null;
  generatedAt?: string | null;
  /** Targets per status (statuses with no target may be left out). */
  summary: { status: ProgressStatus; count: number }[];
  sections: DocSection[];
  /** Markdown, as analysts write report commentary. */
  commentary?: string | null;
  annotations?: DocAnnotation[];
  /** Absent: no early-warning chapter; empty: the chapter says there is none. */
  warnings?: DocWarning[] | null;
  charts?: DocChart[];
  /** Why the charts are missing (no browser, timed out); printed as a note. */
  chartsUnavailable?: string | null;
  /** What the charts cover when not everything ("charts of the first 24 of 30 targets"); printed as a note. */
  chartsNote?: string | null;
}
