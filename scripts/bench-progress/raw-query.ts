// The same answer as one page of GET /api/v1/progress, computed by one SQL statement:
// per target the baseline, latest and final-evaluation figures, completion, time share,
// lag and status (序时进度 and final rules of lib/progress, thresholds from the plan).
// Lenses and explanation texts are left out: they are string work, not data access; so
// is nearly_achieved (the bench's page has none).
// $1 plan slug, $2 page size, $3 as-of moment, $4 evaluation year.
export const RAW_PROGRESS_SQL = `
WITH p AS (
  SELECT id, "baseYear", "periodStart", "onTrackLagPp"::float8 AS on_pp, "atRiskLagPp"::float8 AS risk_pp, "ceilingMarginPp"::float8 AS margin_pp
  FROM "Plan" WHERE slug = $1
), t AS (
  SELECT t.id, t.year, t.value::float8 AS tv, t.type::text AS type, t."baselineYear" AS bty, t."baselineValue"::float8 AS btv,
         t."indicatorId", t."regionAdcode", r."nameZh", i.code, p."baseYear", p."periodStart", p.on_pp, p.risk_pp, p.margin_pp
  FROM "Target" t JOIN p ON t."planId" = p.id
  JOIN "Indicator" i ON i.id = t."indicatorId" JOIN "Region" r ON r.adcode = t."regionAdcode"
  ORDER BY t.id LIMIT $2
), s AS (
  SELECT t.id AS tid, c.year, c.value::float8 AS v
  FROM t CROSS JOIN LATERAL (
    SELECT DISTINCT ON (o.year) o.year, o.kind, o.value FROM "Observation" o
    WHERE o."indicatorId" = t."indicatorId" AND o."regionAdcode" = t."regionAdcode" AND o."publishedAt" <= $3 AND o.year <= $4
    ORDER BY o.year DESC, o.version DESC
  ) c WHERE c.kind = 'value'
), a AS (
  -- one pass over each target's series: every figure the rules need
  SELECT s.tid,
    max(s.year) AS ly,
    (array_agg(s.v ORDER BY s.year DESC))[1] AS lv,
    max(s.v) FILTER (WHERE s.year = t."baseYear") AS base_v,
    bool_or(s.year = t."baseYear") AS has_base,
    max(s.year) FILTER (WHERE s.year <= t."periodStart") AS start_y,
    (array_agg(s.v ORDER BY s.year DESC) FILTER (WHERE s.year <= t."periodStart"))[1] AS start_v,
    max(s.v) FILTER (WHERE s.year = t.year) AS f0,
    max(s.v) FILTER (WHERE s.year = t.year - 1) AS fm,
    max(s.v) FILTER (WHERE s.year = t.year + 1) AS fp,
    bool_or(s.year = t.year) AS h0, bool_or(s.year = t.year - 1) AS hm, bool_or(s.year = t.year + 1) AS hp
  FROM s JOIN t ON t.id = s.tid
  GROUP BY s.tid
), y AS (
  SELECT t.*, a.ly, a.lv,
    CASE WHEN t.bty IS NOT NULL AND t.btv IS NOT NULL THEN t.bty WHEN a.has_base THEN t."baseYear" ELSE a.start_y END AS b,
    CASE WHEN t.bty IS NOT NULL AND t.btv IS NOT NULL THEN t.btv WHEN a.has_base THEN a.base_v ELSE a.start_v END AS bv,
    CASE WHEN a.h0 THEN t.year WHEN a.hm THEN t.year - 1 WHEN a.hp THEN t.year + 1 END AS fy,
    CASE WHEN a.h0 THEN a.f0 WHEN a.hm THEN a.fm WHEN a.hp THEN a.fp END AS fv
  FROM t LEFT JOIN a ON a.tid = t.id
), z AS (
  SELECT y.*,
    CASE WHEN bv IS NULL THEN NULL WHEN tv = bv THEN 'hold' WHEN type = 'max' AND tv > bv THEN 'ceiling'
         WHEN type = 'min' AND tv < bv THEN 'floor' ELSE 'reach' END AS mode,
    CASE WHEN ly > b AND b < year AND tv <> bv THEN (lv - bv) / (tv - bv) END AS c,
    CASE WHEN ly > b AND b < year THEN (ly - b)::float8 / (year - b) END AS s
  FROM y
)
SELECT id, code, "regionAdcode", "nameZh", year AS "targetYear", tv AS "targetValue", type,
  b AS "baselineYear", bv AS "baselineValue", ly AS "latestYear", lv AS "latestValue", fy AS "finalYear", fv AS "finalValue",
  CASE WHEN $4 > year THEN NULL ELSE c END AS completion,
  CASE WHEN $4 > year THEN NULL ELSE s END AS "timeShare",
  CASE WHEN $4 > year THEN NULL ELSE 100 * (s - c) END AS "lagPp",
  CASE
    WHEN $4 > year THEN CASE WHEN fv IS NULL THEN 'no_data'
      WHEN type = 'min' THEN CASE WHEN fv >= tv THEN 'achieved' ELSE 'not_achieved' END
      -- a max below its baseline is a goal (a required reduction), any other max a cap
      WHEN mode = 'reach' THEN CASE WHEN fv <= tv THEN 'achieved' ELSE 'not_achieved' END
      ELSE CASE WHEN fv <= tv THEN 'within_cap' ELSE 'exceeded' END END
    WHEN lv IS NULL THEN 'no_data'
    WHEN mode IS NULL THEN CASE WHEN type = 'min' AND lv >= tv THEN 'achieved' WHEN type = 'max' AND lv > tv THEN 'exceeded' ELSE 'no_baseline' END
    WHEN mode = 'reach' AND type = 'min' AND lv >= tv THEN 'achieved'
    WHEN mode = 'reach' AND type = 'max' AND lv <= tv THEN 'achieved'
    WHEN mode = 'ceiling' AND lv > tv THEN 'exceeded'
    WHEN mode = 'floor' AND lv < tv THEN 'off_track'
    WHEN mode = 'hold' THEN CASE WHEN type = 'min' THEN CASE WHEN lv >= tv THEN 'achieved' ELSE 'off_track' END
                                 ELSE CASE WHEN lv > tv THEN 'exceeded' ELSE 'on_track' END END
    WHEN b >= year THEN 'no_baseline'
    WHEN ly <= b THEN 'no_data'
    WHEN mode IN ('ceiling', 'floor') THEN CASE WHEN 100 * (c - s) <= margin_pp + 1e-9 THEN 'on_track' ELSE 'at_risk' END
    WHEN 100 * (s - c) <= on_pp + 1e-9 THEN 'on_track'
    WHEN 100 * (s - c) <= risk_pp + 1e-9 THEN 'at_risk'
    ELSE 'off_track'
  END AS status
FROM z ORDER BY id`;
