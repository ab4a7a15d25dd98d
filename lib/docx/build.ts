// The Word (.docx) report: a title page, a table of contents, the status summary, one
// chapter per goal area with its targets' table and "why" sentences, charts as images,
// commentary and annotations, and the early-warning list; page numbers in the footer.
// Pure: a model in (lib/docx/model.ts), the file's bytes out.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from "docx";
import { fill } from "@/lib/i18n/dictionary";
import { reportDocxStrings, type ReportDocxStrings } from "@/lib/i18n/strings/report-docx";
import { bodyFont, run, SIZE, STYLES } from "./fonts";
import { markdownParagraphs, ORDERED_LIST, orderedListLevels } from "./markdown";
import type { ReportDocModel } from "./model";
import { annotationTable, summaryTable, targetTable, TEXT_WIDTH, warningTable } from "./tables";

const MARGIN = 1134; // 2 cm
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567 } };
// text width in pixels at 96 dpi (1 px = 15 twips), the widest a chart is drawn
const MAX_IMAGE_PX = Math.floor(TEXT_WIDTH / 15);

const h1 = (t: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(t, { role: "heading" })] });
const h2 = (t: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(t, { role: "heading" })] });
const para = (t: string, opts: { italics?: boolean; color?: string } = {}) => new Paragraph({ children: [run(t, opts)] });

function titlePage(m: ReportDocModel, s: ReportDocxStrings): FileChild[] {
  const colon = m.language === "zh" ? "：" : ": ";
  const line = (label: string, value: string) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run(`${label}${colon}${value}`, { size: SIZE.subtitle - 2 })] });
  return [
    new Paragraph({ spacing: { before: 3600 } }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [run(m.title, { role: "heading", size: SIZE.title, bold: true })],
    }),
    new Paragraph({ spacing: { before: 600 } }),
    line(s.plan, m.planName),
    ...(m.roundName ? [line(s.round, m.roundName)] : []),
    line(s.asOf, m.asOf),
    ...(m.unitName ? [line(s.unit, m.unitName)] : []),
    ...(m.generatedAt ? [line(s.generatedAt, m.generatedAt)] : []),
  ];
}

function contents(s: ReportDocxStrings): FileChild[] {
  return [
    new Paragraph({ children: [run(s.contents, { role: "heading", size: SIZE.h1, bold: true })], spacing: { after: 240 } }),
    new TableOfContents(s.contents, { hyperlink: true, headingStyleRange: "1-2" }),
    para(s.contentsHint, { italics: true, color: "6B7280" }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function charts(m: ReportDocModel, s: ReportDocxStrings): FileChild[] {
  if (!m.charts?.length && !m.chartsUnavailable) return [];
  const out: FileChild[] = [h1(s.charts)];
  if (m.chartsUnavailable) out.push(para(fill(s.chartsUnavailable, { reason: m.chartsUnavailable }), { italics: true, color: "6B7280" }));
  else if (m.chartsNote) out.push(para(m.chartsNote, { italics: true, color: "6B7280" }));
  for (const c of m.charts ?? []) {
    const scale = Math.min(1, MAX_IMAGE_PX / c.width);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        // the document's line spacing names no rule, which LibreOffice reads as an exact
        // height: the picture would be cut to one line of text
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: "png",
            data: c.png,
            transformation: { width: Math.round(c.width * scale), height: Math.round(c.height * scale) },
            altText: { name: c.title, description: c.title, title: c.title },
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: !!c.note,
        spacing: { after: c.note ? 0 : 240 },
        children: [run(c.title, { size: SIZE.small })],
      }),
      ...(c.note
        ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(c.note, { size: SIZE.small, color: "6B7280" })] })]
        : []),
    );
  }
  return out;
}

function footer(s: ReportDocxStrings): Footer {
  // "第 {page} 页": the text around the placeholder, with Word's PAGE field in its place
  const [before = "", after = ""] = s.page.split("{page}");
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: bodyFont, size: SIZE.small, children: [before, PageNumber.CURRENT, after] })],
      }),
    ],
  });
}

/** The .docx file of a report model. */
export async function buildReportDocx(m: ReportDocModel): Promise<Buffer> {
  const s = reportDocxStrings[m.language];
  let listInstance = 0;
  const body: FileChild[] = [...contents(s), h1(s.summary), summaryTable(m, s)];
  for (const section of m.sections) {
    body.push(h1(section.title));
    body.push(section.rows.length ? targetTable(section, m.language, s) : para(s.noTargets));
  }
  body.push(...charts(m, s));
  if (m.commentary?.trim() || m.annotations?.length) {
    body.push(h1(s.commentary), ...markdownParagraphs(m.commentary ?? "", () => ++listInstance));
    if (m.annotations?.length) body.push(h2(s.annotations), annotationTable(m, s));
  }
  if (m.warnings) {
    body.push(h1(s.warnings));
    body.push(m.warnings.length ? warningTable(m.warnings, m.language, s) : para(s.noWarnings));
  }
  const doc = new Document({
    title: m.title,
    creator: "Plan Monitor",
    description: m.planName,
    styles: STYLES,
    numbering: { config: [{ reference: ORDERED_LIST, levels: orderedListLevels }] },
    sections: [
      { properties: { page: PAGE }, children: titlePage(m, s) },
      {
        properties: { page: { ...PAGE, pageNumbers: { start: 1 } } },
        footers: { default: footer(s) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
