// Report commentary is Markdown (lib/reports/markdown.ts renders it for the web); in Word
// it becomes real paragraphs, list items and bold/italic runs, so the reader can edit it
// as text. Parsed with the same markdown-it (html off: raw HTML stays literal text).
// Links keep their text and show the address after it; images become their alt text.
import MarkdownIt from "markdown-it";
import { LevelFormat, Paragraph, type ILevelsOptions, type ParagraphChild } from "docx";
import { run } from "./fonts";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
type Token = ReturnType<typeof md.parse>[number];

/** The numbering definition ordered lists refer to (one instance per list, so each restarts at 1). */
export const ORDERED_LIST = "commentary-ordered";
export const orderedListLevels: ILevelsOptions[] = [0, 1, 2].map((level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 300 } } },
}));

interface RunState {
  bold: boolean;
  italics: boolean;
  link: string | null;
}

function inlineRuns(children: Token[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const s: RunState = { bold: false, italics: false, link: null };
  for (const t of children) {
    switch (t.type) {
      case "text":
        out.push(run(t.content, { bold: s.bold, italics: s.italics }));
        break;
      case "code_inline":
        out.push(run(t.content, { bold: s.bold, italics: s.italics, shading: { fill: "F3F4F6" } }));
        break;
      case "strong_open":
      case "strong_close":
        s.bold = t.type === "strong_open";
        break;
      case "em_open":
      case "em_close":
        s.italics = t.type === "em_open";
        break;
      case "softbreak":
      case "hardbreak":
        out.push(run("", { break: 1 }));
        break;
      case "link_open":
        s.link = String(t.attrGet("href") ?? "");
        break;
      case "link_close":
        // the address is kept as text: a Word reader sees where the link pointed
        if (s.link) out.push(run(` (${s.link})`, { color: "4B5563" }));
        s.link = null;
        break;
      case "image":
        out.push(run(t.content || String(t.attrGet("src") ?? ""), { italics: true }));
        break;
      default:
        if (t.content) out.push(run(t.content, { bold: s.bold, italics: s.italics }));
    }
  }
  return out;
}

/**
 * Markdown → Word paragraphs. `nextListInstance` hands out numbering instances so every
 * ordered list starts again at 1. Headings inside commentary become bold paragraphs (not
 * heading styles): they belong to the commentary, not to the table of contents.
 */
export function markdownParagraphs(source: string, nextListInstance: () => number): Paragraph[] {
  const tokens = md.parse(source, {});
  const out: Paragraph[] = [];
  const lists: { ordered: boolean; instance: number }[] = [];
  let heading = false;
  let quote = 0;
  for (const t of tokens) {
    if (t.type === "bullet_list_open") lists.push({ ordered: false, instance: 0 });
    else if (t.type === "ordered_list_open") lists.push({ ordered: true, instance: nextListInstance() });
    else if (t.type === "bullet_list_close" || t.type === "ordered_list_close") lists.pop();
    else if (t.type === "heading_open") heading = true;
    else if (t.type === "heading_close") heading = false;
    else if (t.type === "blockquote_open") quote += 1;
    else if (t.type === "blockquote_close") quote -= 1;
    else if (heading && t.type === "inline")
      out.push(new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [run(plainText(t.children ?? []), { bold: true })] }));
    else if (t.type === "inline" || t.type === "fence" || t.type === "code_block") {
      const children = t.type === "inline" ? inlineRuns(t.children ?? []) : [run(t.content.replace(/\n$/, ""))];
      const list = lists[lists.length - 1];
      const level = Math.min(2, Math.max(0, lists.length - 1));
      out.push(
        new Paragraph({
          children,
          ...(list ? (list.ordered ? { numbering: { reference: ORDERED_LIST, level, instance: list.instance } } : { bullet: { level } }) : {}),
          ...(quote ? { indent: { left: 420 * quote } } : {}),
        }),
      );
    }
  }
  return out;
}

function plainText(children: Token[]): string {
  return children.map((c) => (c.type === "softbreak" || c.type === "hardbreak" ? " " : c.content)).join("");
}
