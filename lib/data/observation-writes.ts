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

/** The newest version of each series named in `writes`, in one query. */
export async function getCurrentVersions(tx: TransactionClient, writes: ObservationWrite[]): Promise<Map<string, CurrentVersion>> {
  if (writes.length === 0) return new Map();
  const rows = await tx.$queryRaw<CurrentVersion[]>`
    SELECT DISTINCT ON (o."indicatorId", o."regionAdcode", o."year")
           o.id, o."indicatorId", o."regionAdcode", o."year", o.version, o.kind::text AS kind, o.value::text AS value, o.source
    FROM "Observation" o
    JOIN unnest(${writes.map((w) => w.indicatorId)}::int[], ${writes.map((w) => w.regionAdcode)}::text[], ${writes.map((w) => w.year)}::int[])
         AS k(ind, reg, yr) ON o."indicatorId" = k.ind AND o."regionAdcode" = k.reg AND o."year" = k.yr
    ORDER BY o."indicatorId", o."regionAdcode", o."year", o.version DESC`;
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
  const rows: Prisma.ObservationCreateManyInput[] = [];
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
    rows.push({
      indicatorId: w.indicatorId,
      regionAdcode: w.regionAdcode,
      year: w.year,
      version,
      kind: "value",
      value: w.value,
      valueAsEntered: w.valueAsEntered,
      unitAsEntered: w.unitAsEntered,
      source: w.source,
      note: w.note,
      flags: w.flags,
      supersedesId: version === (cur?.version ?? 0) + 1 ? (cur?.id ?? null) : null,
      createdById: actorId,
    });
  }
  if (rows.length > 0) await tx.observation.createMany({ data: rows });
  return { outcomes, counts };
}
