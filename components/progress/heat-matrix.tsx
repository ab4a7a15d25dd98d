import Link from "next/link";
import { HtmlPart } from "@/components/progress/html-part";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { HeatMatrix } from "@/lib/progress/heat-matrix";

/**
 * The region × target matrix: the table is drawn on the server and loaded from `src`
 * after the page (components/progress/overview-markup.ts); the notes on hidden rows and
 * columns come with the page.
 */
export function HeatMatrixTable({
  src,
  matrix,
  t,
  showAllHref,
  showAllColumnsHref,
}: {
  src: string;
  matrix: HeatMatrix;
  t: Dictionary;
  showAllHref: string;
  showAllColumnsHref: string;
}) {
  const p = t.progress;
  return (
    <div>
      <HtmlPart src={src} className="table-wrap" reserve={{ minHeight: `${4 + matrix.rows.length * 2.6}rem` }} text={p.part} />
      {matrix.hiddenColumns > 0 ? (
        <p className="muted small">
          {fill(p.matrix.hiddenColumns, { n: String(matrix.hiddenColumns) })} <Link href={showAllColumnsHref}>{p.matrix.showAllColumns}</Link>
        </p>
      ) : null}
      {matrix.hiddenRows > 0 ? (
        <p className="muted small">
          {fill(p.matrix.hiddenRows, { n: String(matrix.hiddenRows) })} <Link href={showAllHref}>{p.matrix.showAll}</Link>
        </p>
      ) : null}
    </div>
  );
}
