import { HtmlPart } from "@/components/progress/html-part";
import type { Dictionary } from "@/lib/i18n/dictionary";

/**
 * The region × target matrix: the table is drawn on the server and loaded from `src`
 * after the page (components/progress/overview-markup.ts); the notes on hidden rows and
 * columns (overview-text.ts) come with the page.
 */
export function HeatMatrixTable({ src, rows, notes, t }: { src: string; rows: number; notes: string; t: Dictionary }) {
  return (
    <div>
      <HtmlPart src={src} className="table-wrap" reserve={{ minHeight: `${4 + rows * 2.6}rem` }} text={t.progress.part} />
      {notes ? <div dangerouslySetInnerHTML={{ __html: notes }} /> : null}
    </div>
  );
}
