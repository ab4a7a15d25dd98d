// Fonts and styles of the Word report. Chinese offices open these files in Word or WPS:
// both know 宋体 (SimSun) and 黑体 (SimHei) by their Chinese names, which is how Word
// itself writes them. Every run names its East-Asian font explicitly (w:rFonts
// w:eastAsia) as well as the style, because WPS and older Word take the run's fonts over
// the style's; Latin text (English documents, figures, codes) uses a Latin font, so an
// English report never falls back to SimSun's Latin glyphs.
import { TextRun, type IRunOptions, type IStylesOptions } from "docx";

export type FontRole = "body" | "heading";

const FONTS: Record<FontRole, { ascii: string; hAnsi: string; eastAsia: string; cs: string }> = {
  body: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体", cs: "Times New Roman" },
  heading: { ascii: "Arial", hAnsi: "Arial", eastAsia: "黑体", cs: "Arial" },
};

/** Half-points, as Word counts: 小四 12 pt body, 五号 10.5 pt tables. */
export const SIZE = { body: 24, table: 21, small: 18, title: 44, subtitle: 30, h1: 32, h2: 28, h3: 24 } as const;

/** A run with both fonts named; `role` picks the body (宋体) or heading (黑体) pair. */
export function run(text: string, opts: Omit<IRunOptions, "text" | "font"> & { role?: FontRole } = {}): TextRun {
  const { role = "body", ...rest } = opts;
  return new TextRun({ ...rest, text, font: FONTS[role] });
}

/** Fonts of runs that hold fields (page numbers) rather than text. */
export const bodyFont = FONTS.body;

const heading = (size: number, before: number) => ({
  run: { font: FONTS.heading, size, bold: true, color: "1F2937" },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS.body, size: SIZE.body, language: { value: "en-US", eastAsia: "zh-CN" } },
      paragraph: { spacing: { after: 80, line: 320 } },
    },
    title: { run: { font: FONTS.heading, size: SIZE.title, bold: true }, paragraph: { spacing: { after: 240 } } },
    heading1: heading(SIZE.h1, 360),
    heading2: heading(SIZE.h2, 240),
    heading3: heading(SIZE.h3, 180),
  },
};
