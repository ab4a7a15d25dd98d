import "server-only";
import type pg from "pg";
import { cellError, type RowError } from "@/lib/import/row-error";
import { checkPlausibility, MAX_RELATIVE_CHANGE } from "@/lib/validation/plausibility";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";
import { STAGED } from "@/lib/data/observation-copy";
import { STAGED_CURRENT } from "@/lib/data/import-current";
import { msg } from "@/lib/i18n/message";

// The entry form's plausibility rules, run over a staged import: every row against the
// version it would replace (the stored current one, or the row before it in the file
// for the same cell) and against the nearest earlier and later year of its series as it
// will stand after the import: the file's rows (its last row of each cell) and the stored
// current versions of the years the file does not write. When that nearest year is a
// stored retraction, it counts as no figure and the file's own nearest row on that side
// is used (the stored years beyond the retraction are not). Values in the indicator's
// unit; the arithmetic is lib/validation/plausibility.ts. The stored current versions are
// those read once for the whole import (import-current.ts); the neighbours come from
// sorting that series once (window functions), not from index probes per row, and the
// file's cells and the stored ones meet in one full join (each cell's stored figure rides
// along for the "previous" comparison), so a file that revises stored figures costs
// about what one that creates them does.

// A row can only be implausible when one of its comparisons moves by more than the
// limit: the query returns those rows only (with a little slack below the limit, so
// floating point never hides one), and checkPlausibility decides. Most rows of a file
// are plausible, and then are neither sent nor turned into objects.
const candidate = (other: string) => `(${other} IS NOT NULL AND abs(x.value - ${other}) > ${MAX_RELATIVE_CHANGE * 0.99} * abs(${other}))`;

const SQL = `
  SELECT * FROM (
  WITH s AS (
    SELECT "rowNo", "indicatorId", "regionAdcode", year, value, "valueAsEntered",
           lag(value) OVER (PARTITION BY "indicatorId", "regionAdcode", year ORDER BY "rowNo") AS "prevInFile"
    FROM ${STAGED}
  ), last_in_file AS (
    SELECT DISTINCT ON ("indicatorId", "regionAdcode", year) "indicatorId", "regionAdcode", year, value
    FROM ${STAGED} ORDER BY "indicatorId", "regionAdcode", year, "rowNo" DESC
  ), file_nb AS (
    SELECT "indicatorId", "regionAdcode", year,
           lag(year) OVER w AS ey, lag(value) OVER w AS ev, lead(year) OVER w AS ly, lead(value) OVER w AS lv
    FROM last_in_file WINDOW w AS (PARTITION BY "indicatorId", "regionAdcode" ORDER BY year)
  ), series AS (
    -- the file's last row of each cell, else the stored current version; with the stored one beside it
    SELECT "indicatorId", "regionAdcode", year, CASE WHEN f.year IS NULL THEN c.kind = 'value' ELSE true END AS figure,
           CASE WHEN f.year IS NULL THEN c.value ELSE f.value END AS value, c.kind AS "storedKind", c.value AS "storedValue"
    FROM last_in_file f FULL JOIN ${STAGED_CURRENT} c USING ("indicatorId", "regionAdcode", year)
  ), nb AS (
    SELECT "indicatorId", "regionAdcode", year, "storedKind", "storedValue",
           lag(year) OVER w AS ey, lag(figure) OVER w AS ef, lag(value) OVER w AS ev,
           lead(year) OVER w AS ly, lead(figure) OVER w AS lf, lead(value) OVER w AS lv
    FROM series WINDOW w AS (PARTITION BY "indicatorId", "regionAdcode" ORDER BY year)
  )
  SELECT s."rowNo", s."indicatorId", s.year, s.value::float8 AS value, s."valueAsEntered",
         CASE WHEN s."prevInFile" IS NOT NULL THEN s."prevInFile"::float8 WHEN nb."storedKind" = 'value' THEN nb."storedValue"::float8 END AS previous,
         CASE WHEN nb.ef THEN nb.ey ELSE f.ey END AS "earlierYear", (CASE WHEN nb.ef THEN nb.ev ELSE f.ev END)::float8 AS "earlierValue",
         CASE WHEN nb.lf THEN nb.ly ELSE f.ly END AS "laterYear", (CASE WHEN nb.lf THEN nb.lv ELSE f.lv END)::float8 AS "laterValue"
  FROM s
  JOIN file_nb f USING ("indicatorId", "regionAdcode", year)
  JOIN nb USING ("indicatorId", "regionAdcode", year)
  ) x
  WHERE ${candidate("x.previous")} OR ${candidate('x."earlierValue"')} OR ${candidate('x."laterValue"')}
  ORDER BY x."rowNo"`;

interface Row {
  rowNo: number;
  indicatorId: number;
  year: number;
  value: number;
  valueAsEntered: string | null;
  previous: number | null;
  earlierYear: number | null;
  earlierValue: number | null;
  laterYear: number | null;
  laterValue: number | null;
}

/**
 * Plausibility warnings of the staged rows, one per row that has any (all its messages
 * in one), in row order; `limit` caps how many are listed, `total` counts them all.
 * `unitOf` gives an indicator's unit for the messages.
 */
export async function stagedPlausibility(
  client: pg.ClientBase,
  unitOf: (indicatorId: number) => string,
  limit: number,
): Promise<{ warnings: RowError[]; total: number }> {
  const { rows } = await client.query<Row>(SQL);
  const warnings: RowError[] = [];
  let total = 0;
  for (const r of rows) {
    const neighbours = [];
    if (r.earlierYear !== null && r.earlierValue !== null) neighbours.push({ year: r.earlierYear, value: r.earlierValue });
    if (r.laterYear !== null && r.laterValue !== null) neighbours.push({ year: r.laterYear, value: r.laterValue });
    const found = checkPlausibility({ value: r.value, year: r.year, previous: r.previous, neighbours });
    if (found.length === 0) continue;
    total += 1;
    if (warnings.length >= limit) continue;
    const messages = plausibilityMessages(found, unitOf(r.indicatorId));
    const detail = msg(messages.map((m) => m.zh).join("；"), messages.map((m) => m.en).join("; "));
    warnings.push(cellError(r.rowNo, "value", r.valueAsEntered ?? String(r.value), detail));
  }
  return { warnings, total };
}
