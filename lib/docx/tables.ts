// The report's tables as real Word tables (editable, not pictures): the header row is
// marked tableHeader so Word and LibreOffice repeat it on every page the table spans,
// and rows never split across pages.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from "docx";
import { statusColor } from "@/lib/progress/status";
import { STATUS_LABELS } from "@/lib/progress/status";
import type { ProgressStatus, StatusColor } from "@/lib/progress/types";
import type { Locale } from "@/lib/i18n/locale";
import type { ReportDocxStrings } from "@/lib/i18n/strings/report-docx";
import { run, SIZE } from "./fonts";
import type { DocSection, DocWarning, ReportDocModel } from "./model";

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "9CA3AF" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const HEADER_FILL = "E5E7EB";
// light fills of the traffic-light colours: the label stays readable in black print too
const STATUS_FILL: Record<StatusColor, string> = { green: "D1FAE5", yellow: "FEF3C7", red: "FEE2E2", grey: "F3F4F6" };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(children: ParagraphChild[], width: number, opts: { fill?: string; align?: Align; span?: number } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children, alignment: opts.align, spacing: { after: 0, line: 276 } })],
    width: { size: width, type: WidthType.DXA },
    shading: opts.fill ? { fill: opts.fill } : undefined,
    columnSpan: opts.span,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

const text = (s: string, bold = false) => [run(s, { size: SIZE.table, bold })];

function headerRow(labels: string[], widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((l, i) => cell([run(l, { role: "heading", size: SIZE.table })], widths[i]!, { fill: HEADER_FILL, align: AlignmentType.CENTER })),
  });
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS });
}

function statusCell(status: ProgressStatus, locale: Locale, width: number): TableCell {
  return cell(text(STATUS_LABELS[status][locale]), width, { fill: STATUS_FILL[statusColor(status)], align: AlignmentType.CENTER });
}

/** Status | number of targets, with a total row. */
export function summaryTable(model: ReportDocModel, s: ReportDocxStrings): Table {
  const widths = [TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4].map(Math.round);
  const rows = model.summary.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [statusCell(r.status, model.language, widths[0]!), cell(text(String(r.count)), widths[1]!, { align: AlignmentType.RIGHT })],
      }),
  );
  const total = model.summary.reduce((n, r) => n + r.count, 0);
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [cell(text(s.total, true), widths[0]!), cell(text(String(total), true), widths[1]!, { align: AlignmentType.RIGHT })],
    }),
  );
  return table(widths, [headerRow([s.statusCol, s.countCol], widths), ...rows]);
}

// indicator, region, baseline, target, latest, completion, status, responsible unit
const TARGET_SHARES = [0.19, 0.1, 0.12, 0.12, 0.12, 0.09, 0.11, 0.15];

/**
 * One goal area's targets: a row of figures per target, and under it a row spanning
 * the table with the sentence that explains the status (the "why").
 */
export function targetTable(section: DocSection, locale: Locale, s: ReportDocxStrings): Table {
  const widths = TARGET_SHARES.map((x) => Math.round(TEXT_WIDTH * x));
  const header = headerRow([s.indicator, s.region, s.baseline, s.target, s.latest, s.completion, s.statusCol, s.responsible], widths);
  const right = { align: AlignmentType.RIGHT };
  const rows = section.rows.flatMap((r) => [
    new TableRow({
      cantSplit: true,
      children: [
        cell(text(r.indicator), widths[0]!),
        cell(text(r.region), widths[1]!),
        cell(text(r.baseline), widths[2]!, right),
        cell(text(r.target), widths[3]!, right),
        cell(text(r.latest), widths[4]!, right),
        cell(text(r.completion), widths[5]!, right),
        statusCell(r.status, locale, widths[6]!),
        cell(text(r.responsible || "—"), widths[7]!),
      ],
    }),
    new TableRow({
      cantSplit: true,
      children: [
        cell([run(`${s.why}${locale === "zh" ? "：" : ": "}`, { size: SIZE.small, bold: true }), run(r.why, { size: SIZE.small })], TEXT_WIDTH, { span: 8 }),
      ],
    }),
  ]);
  return table(widths, [header, ...rows]);
}

const WARNING_SHARES = [0.2, 0.11, 0.11, 0.16, 0.42];

/** The early-warning list: which targets, their status, who answers for them, and why. */
export function warningTable(warnings: DocWarning[], locale: Locale, s: ReportDocxStrings): Table {
  const widths = WARNING_SHARES.map((x) => Math.round(TEXT_WIDTH * x));
  const rows = warnings.map(
    (w) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(text(w.indicator), widths[0]!),
          cell(text(w.region), widths[1]!),
          statusCell(w.status, locale, widths[2]!),
          cell(text(w.responsible || "—"), widths[3]!),
          cell([run(w.why, { size: SIZE.small })], widths[4]!),
        ],
      }),
  );
  return table(widths, [headerRow([s.indicator, s.region, s.statusCol, s.responsible, s.why], widths), ...rows]);
}

/** Annotations: indicator, region, year, text. */
export function annotationTable(model: ReportDocModel, s: ReportDocxStrings): Table {
  const widths = [0.22, 0.14, 0.1, 0.54].map((x) => Math.round(TEXT_WIDTH * x));
  const rows = (model.annotations ?? []).map(
    (a) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(text(a.indicator), widths[0]!),
          cell(text(a.region), widths[1]!),
          cell(text(a.year === null ? "—" : String(a.year)), widths[2]!),
          cell(text(a.body), widths[3]!),
        ],
      }),
  );
  return table(widths, [headerRow([s.indicator, s.region, s.year, s.annotations], widths), ...rows]);
}
