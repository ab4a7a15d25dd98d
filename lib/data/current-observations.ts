import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";

// The one definition of "the current version of a series (indicator, region, year) as
// of a moment". Every read of current figures goes through currentVersionsSql (as a
// relation inside a bigger statement) or listCurrentObservations (rows and one mapper).
//
// The data as known at `asOf` are the versions published by then (publishedAt ≤ asOf;
// publishedAt is never later than the recording time). The current version is the
// newest of those; a series whose current version is a retraction has no figure.
//
// Cost per series does not depend on its history: "ObservationCurrent" holds the newest
// version of each series (kept by the insert trigger, migration current_version_table),
// found by its key; the version itself is then one primary-key lookup. As of a moment,
// that version is the answer when it was published by then (one row read); otherwise
// the (series, version) unique index is walked backwards from it and stops at the first
// version published by then.

export interface CurrentObservationsQuery {
  /** The data as known at this moment; absent: as they stand now. */
  asOf?: Date;
  /** Conditions on the series key only, over the alias `c` (its "indicatorId", "regionAdcode", year). */
  where?: Prisma.Sql[];
  /** Keep series whose current version is a retraction (the entry grid edits on top of them). */
  retractions?: boolean;
}

/**
 * A parenthesised relation with every column of "Observation": the current version of
 * each series matching `where`, as of `asOf`. Alias it and join what you need.
 */
export function currentVersionsSql(q: CurrentObservationsQuery): Prisma.Sql {
  // the series conditions go to the key table (its indexes), the rest to the version
  const newest = Prisma.sql`SELECT o.* FROM "ObservationCurrent" c JOIN "Observation" o ON o.id = c."observationId"`;
  const where = q.where?.length ? Prisma.sql`WHERE ${Prisma.join(q.where, " AND ")}` : Prisma.empty;
  if (q.asOf === undefined) {
    const kind = q.retractions ? Prisma.empty : Prisma.sql`${q.where?.length ? Prisma.sql`AND` : Prisma.sql`WHERE`} o.kind = 'value'`;
    return Prisma.sql`(${newest} ${where} ${kind})`;
  }
  const kind = q.retractions ? Prisma.empty : Prisma.sql`WHERE v.kind = 'value'`;
  return Prisma.sql`(
    SELECT v.* FROM (${newest} ${where}) c
    CROSS JOIN LATERAL (
      (SELECT c.* WHERE c."publishedAt" <= ${q.asOf})
      UNION ALL
      (SELECT o.* FROM "Observation" o
       WHERE o."indicatorId" = c."indicatorId" AND o."regionAdcode" = c."regionAdcode" AND o.year = c.year
         AND o.version < c.version AND o."publishedAt" <= ${q.asOf}
       ORDER BY o.version DESC LIMIT 1)
      LIMIT 1
    ) v ${kind})`;
}

/** The one row type of a current version, with its indicator, region and author. */
interface CurrentObservationRow {
  id: number;
  indicatorId: number;
  indicator: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  unit: string;
  regionAdcode: string;
  regionNameZh: string;
  regionNameEn: string;
  year: number;
  version: number;
  kind: "value" | "retraction";
  value: string | null;
  valueAsEntered: string | null;
  unitAsEntered: string | null;
  source: string;
  note: string | null;
  flags: string[];
  createdAt: Date;
  publishedAt: Date;
  createdByName: string | null;
}

export interface CurrentObservation {
  id: number;
  indicatorId: number;
  indicator: { code: string; nameZh: string; nameEn: string; unit: string };
  region: { adcode: string; nameZh: string; nameEn: string };
  /** Statistical year. */
  year: number;
  version: number;
  kind: "value" | "retraction";
  /** In the indicator's unit; null for a retraction. */
  value: number | null;
  /** The stored decimal, exactly. */
  valueText: string | null;
  valueAsEntered: string | null;
  unitAsEntered: string | null;
  source: string;
  note: string | null;
  flags: string[];
  /** When the version was recorded. */
  createdAt: Date;
  publishedAt: Date;
  createdBy: string | null;
}

function toCurrentObservation(r: CurrentObservationRow): CurrentObservation {
  return {
    id: r.id,
    indicatorId: r.indicatorId,
    indicator: { code: r.indicator, nameZh: r.indicatorNameZh, nameEn: r.indicatorNameEn, unit: r.unit },
    region: { adcode: r.regionAdcode, nameZh: r.regionNameZh, nameEn: r.regionNameEn },
    year: r.year,
    version: r.version,
    kind: r.kind,
    value: r.value === null ? null : Number(r.value),
    valueText: r.value,
    valueAsEntered: r.valueAsEntered,
    unitAsEntered: r.unitAsEntered,
    source: r.source,
    note: r.note,
    flags: r.flags,
    createdAt: r.createdAt,
    publishedAt: r.publishedAt,
    createdBy: r.createdByName,
  };
}

/** Orders of the list: by region (its sort order) then indicator, or the other way round; then year. */
const ORDERS = {
  region: Prisma.sql`r."sortOrder", i.id, r.adcode, o.year`,
  indicator: Prisma.sql`i.id, r."sortOrder", r.adcode, o.year`,
} as const;

/**
 * The current versions matching `q`, with indicator, region and author. `limit` caps the
 * rows (in `order`). Runs on `client` (a transaction's, to read inside it).
 */
export async function listCurrentObservations(
  q: CurrentObservationsQuery & { order?: keyof typeof ORDERS; limit?: number },
  client: TransactionClient | typeof prisma = prisma,
): Promise<CurrentObservation[]> {
  const limit = q.limit !== undefined ? Prisma.sql`LIMIT ${q.limit}` : Prisma.empty;
  const rows = await client.$queryRaw<CurrentObservationRow[]>`
    SELECT o.id, o."indicatorId", i.code AS indicator, i."nameZh" AS "indicatorNameZh", i."nameEn" AS "indicatorNameEn", i.unit,
           o."regionAdcode", r."nameZh" AS "regionNameZh", r."nameEn" AS "regionNameEn", o.year, o.version, o.kind::text AS kind,
           o.value::text AS value, o."valueAsEntered", o."unitAsEntered", o.source, o.note, o.flags, o."createdAt", o."publishedAt",
           u.name AS "createdByName"
    FROM ${currentVersionsSql(q)} o
    JOIN "Indicator" i ON i.id = o."indicatorId"
    JOIN "Region" r ON r.adcode = o."regionAdcode"
    LEFT JOIN "User" u ON u.id = o."createdById"
    ORDER BY ${ORDERS[q.order ?? "region"]}
    ${limit}`;
  return rows.map(toCurrentObservation);
}

/** `c."indicatorId"` is the indicator with this code. */
export const indicatorCodeIs = (code: string) => Prisma.sql`c."indicatorId" = (SELECT id FROM "Indicator" WHERE code = ${code})`;
/** `c."indicatorId"` is one of the indicators with these codes. */
export const indicatorCodeIn = (codes: readonly string[]) =>
  Prisma.sql`c."indicatorId" = ANY(ARRAY(SELECT id FROM "Indicator" WHERE code = ANY(${[...codes]}::text[])))`;
