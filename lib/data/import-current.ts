import "server-only";
import type pg from "pg";
import { STAGED } from "@/lib/data/observation-copy";

// The stored current version of every year of every (indicator, region) pair a staged
// import touches, read once into a temporary table for the checks that run before the
// write (the re-import guard, the plausibility rules). One range scan of the
// current-version table per pair, where each check probed "Observation" once per row
// (and the planner may answer such a probe through the series key, reading every
// version): the checks join the staged rows to this small table (hash joins, no index
// needed), so they cost what the file holds, whatever the history.
// The versioning statement reads the current versions again itself, at the moment it
// writes (another import may have committed since).

export const STAGED_CURRENT = "observation_staged_current";

export async function stageCurrentVersions(client: pg.ClientBase): Promise<void> {
  // statistics of the staged rows, so the checks and the versioning statement are planned for their real size
  await client.query(`ANALYZE ${STAGED}`);
  await client.query(`
    CREATE TEMP TABLE ${STAGED_CURRENT} ON COMMIT DROP AS
    SELECT c.* FROM (SELECT DISTINCT "indicatorId", "regionAdcode" FROM ${STAGED}) p
    CROSS JOIN LATERAL (
      SELECT o.id, o."indicatorId", o."regionAdcode", o.year, o.version, o.kind, o.value, o."valueAsEntered", o."unitAsEntered",
             o.source, o."publishedAt", o."createdAt"
      FROM "ObservationCurrent" k JOIN "Observation" o ON o.id = k."observationId"
      WHERE k."indicatorId" = p."indicatorId" AND k."regionAdcode" = p."regionAdcode"
    ) c`);
  // its statistics, so the checks' joins are planned for its real size
  await client.query(`ANALYZE ${STAGED_CURRENT}`);
}
