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
// for the same cell) and against the nearest earlier and later year of its series,
// where the file's own rows count as well as the stored ones (a file's row wins over
// the stored figure of the same year: it will be the current one). A stored neighbour
// year whose current version is a retraction counts as no figure. Values in the
// indicator's unit; the arithmetic is lib/validation/plausibility.ts. The stored current
// versions are those read once for the whole import (import-current.ts): each probe
// goes to that small table's index, never to older versions.

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
  )
  SELECT s."rowNo", s."indicatorId", s.year, s.value::float8 AS value, s."valueAsEntered",
         CASE WHEN s."prevInFile" IS NOT NULL THEN s."prevInFile"::float8 WHEN cur.kind = 'value' THEN cur.value::float8 END AS previous,
         CASE WHEN f.ey IS NOT NULL AND f.ey >= coalesce(se.year, f.ey) THEN f.ey ELSE se.year END AS "earlierYear",
         CASE WHEN f.ey IS NOT NULL AND f.ey >= coalesce(se.year, f.ey) THEN f.ev ELSE se.value END::float8 AS "earlierValue",
         CASE WHEN f.ly IS NOT NULL AND f.ly <= coalesce(sl.year, f.ly) THEN f.ly ELSE sl.year END AS "laterYear",
         CASE WHEN f.ly IS NOT NULL AND f.ly <= coalesce(sl.year, f.ly) THEN f.lv ELSE sl.value END::float8 AS "laterValue"
  FROM s
  JOIN file_nb f USING ("indicatorId", "regionAdcode", year)
  LEFT JOIN LATERAL (
    SELECT o.kind, o.value FROM ${STAGED_CURRENT} o
    WHERE o."indicatorId" = s."indicatorId" AND o."regionAdcode" = s."regionAdcode" AND o.year = s.year
    LIMIT 1
  ) cur ON true
  LEFT JOIN LATERAL (
    SELECT x.year, x.value FROM (
      SELECT o.year, o.kind, o.value FROM ${STAGED_CURRENT} o
      WHERE o."indicatorId" = s."indicatorId" AND o."regionAdcode" = s."regionAdcode" AND o.year < s.year
      ORDER BY o.year DESC LIMIT 1
    ) x WHERE x.kind = 'value'
  ) se ON true
  LEFT JOIN LATERAL (
    SELECT x.year, x.value FROM (
      SELECT o.year, o.kind, o.value FROM ${STAGED_CURRENT} o
      WHERE o."indicatorId" = s."indicatorId" AND o."regionAdcode" = s."regionAdcode" AND o.year > s.year
      ORDER BY o.year ASC LIMIT 1
    ) x WHERE x.kind = 'value'
  ) sl ON true
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
