import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";

/** One figure to record, already validated and converted (value in the indicator's unit). */
export interface ObservationWrite {
  indicatorId: number;
  regionAdcode: string;
  year: number;
  /** Decimal string in the indicator's unit, e.g. "161.97" */
  value: string;
  valueAsEntered: string | null;
  unitAsEntered: string | null;
  source: string;
  note: string | null;
  flags: string[];
}

export type WriteOutcome = "created" | "updated" | "unchanged";

interface CurrentVersion {
  id: number;
  indicatorId: number;
  regionAdcode: string;
  year: number;
  version: number;
  kind: "value" | "retraction";
  value: string | null;
  source: string;
}

const seriesKey = (w: { indicatorId: number; regionAdcode: string; year: number }) => `${w.indicatorId}|${w.regionAdcode}|${w.year}`;

/**
 * The newest version of each series named in `writes`, in one query: one index probe
 * per key (LATERAL … ORDER BY version DESC LIMIT 1 on the series/version unique index),
 * so the cost follows the batch, not the size of the table.
 */
export async function getCurrentVersions(tx: TransactionClient, writes: ObservationWrite[]): Promise<Map<string, CurrentVersion>> {
  if (writes.length === 0) return new Map();
  const keys = new Map(writes.map((w) => [seriesKey(w), { i: w.indicatorId, r: w.regionAdcode, y: w.year }]));
  const rows = await tx.$queryRaw<CurrentVersion[]>`
    SELECT o.id, o."indicatorId", o."regionAdcode", o."year", o.version, o.kind::text AS kind, o.value::text AS value, o.source
    FROM json_to_recordset(${JSON.stringify([...keys.values()])}::json) AS k(i int, r text, y int)
    CROSS JOIN LATERAL (
      SELECT * FROM "Observation" x
      WHERE x."indicatorId" = k.i AND x."regionAdcode" = k.r AND x."year" = k.y
      ORDER BY x.version DESC LIMIT 1
    ) o`;
  return new Map(rows.map((r) => [seriesKey(r), r]));
}

/**
 * Classifies each write against the current version: the same value from the same
 * source is `unchanged` (so re-importing a file writes nothing); otherwise a new version
 * that supersedes the current one. Never updates or deletes a row.
 */
export function classifyWrite(w: ObservationWrite, current: CurrentVersion | undefined): WriteOutcome {
  if (!current || current.kind === "retraction") return current ? "updated" : "created";
  const same = current.value !== null && new Prisma.Decimal(current.value).equals(new Prisma.Decimal(w.value)) && current.source === w.source;
  return same ? "unchanged" : "updated";
}

/**
 * Records a batch of figures as new versions inside the caller's transaction.
 * Two writers racing for the same series collide on the (series, version) unique key:
 * the loser gets P2002 and its whole transaction rolls back, nothing is clobbered.
 */
export async function recordObservations(
  tx: TransactionClient,
  writes: ObservationWrite[],
  actorId: number | null,
): Promise<{ outcomes: WriteOutcome[]; counts: Record<WriteOutcome, number> }> {
  const current = await getCurrentVersions(tx, writes);
  const counts: Record<WriteOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  const outcomes: WriteOutcome[] = [];
  const rows: NewVersion[] = [];
  const seen = new Map<string, number>();
  for (const w of writes) {
    const key = seriesKey(w);
    const cur = current.get(key);
    const outcome = classifyWrite(w, cur);
    outcomes.push(outcome);
    counts[outcome] += 1;
    if (outcome === "unchanged") continue;
    // the same series twice in one batch: the later row becomes the newer version
    const version = (seen.get(key) ?? cur?.version ?? 0) + 1;
    seen.set(key, version);
    rows.push({ ...w, version, supersedesId: version === (cur?.version ?? 0) + 1 ? (cur?.id ?? null) : null });
  }
  await insertVersions(tx, rows, actorId);
  return { outcomes, counts };
}

type NewVersion = ObservationWrite & { version: number; supersedesId: number | null };

/**
 * One INSERT … SELECT per batch, the rows travelling as a single JSON parameter: one
 * parameter whatever the batch size (no 65,535-parameter limit), and cheap to bind.
 * Values stay decimal strings until PostgreSQL casts them to numeric; flags travel as one
 * ";"-joined string (flag names never contain ";").
 */
async function insertVersions(tx: TransactionClient, rows: NewVersion[], actorId: number | null): Promise<void> {
  if (rows.length === 0) return;
  const payload = JSON.stringify(
    rows.map((r) => ({ i: r.indicatorId, r: r.regionAdcode, y: r.year, v: r.version, x: r.value, ve: r.valueAsEntered, ue: r.unitAsEntered, s: r.source, n: r.note, f: r.flags.join(";"), p: r.supersedesId })),
  );
  await tx.$executeRaw`
    INSERT INTO "Observation" ("indicatorId", "regionAdcode", "year", "version", "kind", "value", "valueAsEntered", "unitAsEntered", "source", "note", "flags", "supersedesId", "createdById")
    SELECT t.i, t.r, t.y, t.v, 'value'::"ObservationKind", t.x::numeric, t.ve, t.ue, t.s, t.n, CASE WHEN t.f = '' THEN '{}'::text[] ELSE string_to_array(t.f, ';') END, t.p, ${actorId}::int
    FROM json_to_recordset(${payload}::json) AS t(i int, r text, y int, v int, x text, ve text, ue text, s text, n text, f text, p int)`;
}
