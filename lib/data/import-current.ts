import "server-only";
import type pg from "pg";
import { STAGED } from "@/lib/data/observation-copy";

// The stored current version of every year of every (indicator, region) pair a staged
// import touches, read once into a temporary table for the checks that run before the
// write (the re-import guard, the plausibility rules). One range scan of the
// current-version table per pair (which holds each current figure: "Observation" is not
// read at all), where each check probed "Observation" once per row
// (and the planner may answer such a probe through the series key, reading every
// version): the checks join the staged rows to this small table (hash joins, no index
// needed), so they cost what the file holds, whatever the history.
// The versioning statement reads the current versions again itself, at the moment it
// writes (another import may have committed since).

export const STAGED_CURRENT = "observation_staged_current";

// OFFSET 0 keeps the lateral subquery a range scan of the key per pair: flattened into a
// join, the planner may read the whole table instead, whose size grows with every series
// stored, not with the file. The versioning statement's own read does the same. The pairs
// in key order lay the table out sorted by its key, so a sort of it for a merge join is one pass.
export async function stageCurrentVersions(client: pg.ClientBase): Promise<void> {
  // the staged rows' size and the statistics of their key (all the plans below depend on),
  // so the checks and the versioning statement are planned for what the file holds
  await client.query(`ANALYZE ${STAGED} ("indicatorId", "regionAdcode", year)`);
  await client.query(`
    CREATE TEMP TABLE ${STAGED_CURRENT} ON COMMIT DROP AS
    SELECT c.* FROM (SELECT DISTINCT "indicatorId", "regionAdcode" FROM ${STAGED} ORDER BY 1, 2) p
    CROSS JOIN LATERAL (
      SELECT k."observationId" AS id, k."indicatorId", k."regionAdcode", k.year, k.version, k.kind, k.value, k."valueAsEntered",
             k."unitAsEntered", k.source, k."publishedAt", k."createdAt"
      FROM "ObservationCurrent" k
      WHERE k."indicatorId" = p."indicatorId" AND k."regionAdcode" = p."regionAdcode"
      OFFSET 0
    ) c`);
  // its size and the statistics of its key, so the checks' joins are planned for what it holds
  await client.query(`ANALYZE ${STAGED_CURRENT} ("indicatorId", "regionAdcode", year)`);
}
