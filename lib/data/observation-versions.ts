import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { msg } from "@/lib/i18n/message";
import { toNumberOrNull } from "@/lib/data/decimal";

type Client = TransactionClient | typeof prisma;

export interface SeriesKey {
  indicatorId: number;
  regionAdcode: string;
  year: number;
}

const versionInclude = {
  indicator: { select: { code: true, unit: true } },
  region: { select: { adcode: true, nameZh: true, nameEn: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ObservationInclude;

export type VersionRow = Prisma.ObservationGetPayload<{ include: typeof versionInclude }>;

/** One version of a series as the API and the history panel show it. `id` is what `baseVersionId` names. */
export function toObservationVersion(o: VersionRow) {
  return {
    id: o.id,
    version: o.version,
    kind: o.kind,
    indicator: o.indicator.code,
    region: o.region,
    year: o.year,
    /** in the indicator's unit (`unit`); null for a retraction */
    value: toNumberOrNull(o.value),
    unit: o.indicator.unit,
    valueAsEntered: o.valueAsEntered,
    unitAsEntered: o.unitAsEntered,
    source: o.source,
    note: o.note,
    flags: o.flags,
    supersedesId: o.supersedesId,
    createdAt: o.createdAt.toISOString(),
    createdBy: o.createdBy,
  };
}

export type ObservationVersion = ReturnType<typeof toObservationVersion>;

/** What the audit log keeps of a version (before/after). */
export const summarize = (o: VersionRow) => ({
  id: o.id,
  version: o.version,
  kind: o.kind,
  value: o.value?.toString() ?? null,
  unitAsEntered: o.unitAsEntered,
  source: o.source,
  note: o.note,
});

export async function listSeriesVersions(client: Client, key: SeriesKey): Promise<VersionRow[]> {
  return client.observation.findMany({ where: key, orderBy: { version: "desc" }, include: versionInclude });
}

export async function currentVersionOf(client: Client, key: SeriesKey): Promise<VersionRow | null> {
  // the newest version by its key (lib/data/current-observations.ts), then the version itself
  const current = await client.observationCurrent.findUnique({
    where: { indicatorId_regionAdcode_year: key },
    select: { observationId: true },
  });
  return current ? client.observation.findUnique({ where: { id: current.observationId }, include: versionInclude }) : null;
}

const OBSERVATION_NOT_FOUND = msg("没有这条观测数据", "No such observation");

/** The series a version id belongs to (any version names its series), or 404. */
export async function seriesOfVersion(client: Client, id: number): Promise<SeriesKey> {
  const row = await client.observation.findUnique({ where: { id }, select: { indicatorId: true, regionAdcode: true, year: true } });
  if (!row) throw new AppError("NOT_FOUND", OBSERVATION_NOT_FOUND);
  return row;
}

/**
 * The 409 for an edit that started from an older version: the body carries the version
 * that is current now, so the client can show it and let the person decide.
 */
export function staleEditConflict(current: VersionRow | null): AppError {
  const who = current?.createdBy?.name;
  const detail = current
    ? msg(
        `在您编辑期间，${who ?? "其他人"}已于 ${current.createdAt.toISOString()} 保存了新版本（第 ${current.version} 版）；请查看后决定保留哪个数值`,
        `${who ?? "Someone"} saved a newer version (version ${current.version}) at ${current.createdAt.toISOString()} while you were editing; review it and decide which value to keep`,
      )
    : msg("您编辑所依据的版本已不存在", "The version you started from no longer exists");
  return new AppError("CONFLICT", detail, { current: current ? toObservationVersion(current) : null });
}
