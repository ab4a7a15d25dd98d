// The heat matrix as one HTML <table> string (why a string: lib/util/markup.ts). Every
// cell names its status in words beside the colour and links to the indicator page at
// that city's chart.

import { attr, escapeXml } from "@/lib/util/markup";
import type { HeatColumn, HeatMatrix, HeatRow } from "@/lib/progress/heat-matrix";
import { formatCompletion } from "@/lib/progress/format";
import { STATUS_GLYPHS } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";

export interface HeatMatrixText {
  caption: string;
  /** Header of the region column. */
  region: string;
  group: (g: HeatMatrix["groups"][number]) => string;
  columnName: (c: HeatColumn) => string;
  rowName: (r: HeatRow) => string;
  status: (s: ProgressStatus) => string;
  /** The cell's tooltip: the completion it carries ("完成度 71.2%"), or null for none. */
  completion?: (completion: number) => string;
  /** The figure shown in a cell, formatted with its unit. */
  value: (value: number, column: HeatColumn) => string;
  /** An empty cell (no target of this indicator for the region). */
  none: string;
  indicatorHref: (indicator: string, anchor?: string) => string;
  regionHref: (adcode: string) => string;
}

export function heatMatrixMarkup(matrix: HeatMatrix, text: HeatMatrixText): string {
  const out: string[] = [`<table class="data heat" data-testid="heat-matrix"><caption class="sr-only">${escapeXml(text.caption)}</caption><thead><tr>`];
  out.push(`<th rowspan="2" scope="col">${escapeXml(text.region)}</th>`);
  for (const g of matrix.groups)
    out.push(`<th colspan="${g.span}" scope="colgroup" class="heat__group heat__group--${g.phase}">${escapeXml(text.group(g))}</th>`);
  out.push(`</tr><tr>`);
  for (const c of matrix.columns) out.push(`<th scope="col"><a href=${attr(text.indicatorHref(c.indicator))}>${escapeXml(text.columnName(c))}</a></th>`);
  out.push(`</tr></thead><tbody>`);
  for (const r of matrix.rows) {
    out.push(
      `<tr data-region=${attr(r.adcode)}><th scope="row"><a href=${attr(text.regionHref(r.adcode))} data-testid="heat-row-link">${escapeXml(text.rowName(r))}</a></th>`,
    );
    r.cells.forEach((cell, i) => {
      const column = matrix.columns[i]!;
      if (!cell) {
        out.push(`<td class="heat__cell heat__cell--empty">${escapeXml(text.none)}</td>`);
        return;
      }
      const value =
        cell.value !== null
          ? `<span class="heat__value">${escapeXml(text.value(cell.value, column))}${cell.year !== null ? ` (${cell.year})` : ""}</span>`
          : "";
      // the completion rides along as data and tooltip: the cell itself says one thing
      const completion = cell.completion !== null ? ` data-completion=${attr(formatCompletion(cell.completion))}` : "";
      const title = cell.completion !== null && text.completion ? ` title=${attr(text.completion(cell.completion))}` : "";
      out.push(
        `<td class="heat__cell heat__cell--${cell.color}" data-status=${attr(cell.status)} data-target=${attr(String(cell.targetId))}${completion}><a href=${attr(text.indicatorHref(column.indicator, `r-${r.adcode}`))}${title}>` +
          `<span class="heat__label"><span class="heat__glyph" aria-hidden="true">${escapeXml(STATUS_GLYPHS[cell.status])}</span> ${escapeXml(text.status(cell.status))}</span>${value}</a></td>`,
      );
    });
    out.push(`</tr>`);
  }
  out.push(`</tbody></table>`);
  return out.join("");
}
