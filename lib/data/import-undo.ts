import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { recordObservations } from "@/lib/data/observation-writes";

// Undoing an import: every import is a batch — the versions its transaction wrote, which
// share its audit entry's actor and timestamp (PostgreSQL's CURRENT_TIMESTAMP is the
// transaction's start, the default of both createdAt columns). Undo writes new versions
// that restore each series to its version before the batch (a retraction where the
// batch created the series), so history is kept; it is audited. A series someone else
// changed after the batch is left alone unless confirmed, series by series (one's own
// later versions, such as an undo of a later import, are not in the way).

interface UndoConflict {
  /** "indicatorCode:adcode:year", what `confirm` lists */
  series: string;
  /** in the indicator's unit; null for a retraction */
  current: number | null;
  batch: number | null;
}

export interface UndoResult {
  restored: number;
  retracted: number;
  conflicts: UndoConflict[];
  /** conflicts left alone (not confirmed) */
  refused: number;
}

const notFound = (id: string) => new AppError("NOT_FOUND", msg(`没有编号为 ${id} 的导入`, `No import with batch ${id}`));

interface BatchSeries {
  indicatorId: number;
  code: string;
  regionAdcode: string;
  year: number;
  first: number;
  last: number;
  current: number;
  batchValue: number | null;
  currentValue: number | null;
  /** a version after the batch written by someone other than the one undoing it */
  changedByOthers: boolean;
}

export async function undoImport(actor: Actor, batch: string, confirm: "all" | readonly string[] = []): Promise<UndoResult> {
  authorize(actor, "observation.import");
  const user = requireUser(actor);
  const entry = await prisma.auditLog.findUnique({ where: { id: BigInt(batch) }, select: { action: true, actorId: true, createdAt: true } });
  if (!entry || entry.action !== "observation.import") throw notFound(batch);
  // series an earlier undo of this batch already restored (one refused earlier may be confirmed now)
  const earlier = await prisma.auditLog.findMany({ where: { action: "observation.import_undo", entityId: batch }, select: { meta: true } });
  const done = new Set(earlier.flatMap((e) => (e.meta as { undone?: string[] } | null)?.undone ?? []));
  return prisma.$transaction(async (tx) => {
    const series = await tx.$queryRaw<BatchSeries[]>`
      WITH b AS (
        SELECT "indicatorId", "regionAdcode", year, min(version) AS first, max(version) AS last
        FROM "Observation" WHERE "createdAt" = ${entry.createdAt} AND "createdById" IS NOT DISTINCT FROM ${entry.actorId}
        GROUP BY 1, 2, 3
      )
      SELECT b."indicatorId", i.code, b."regionAdcode", b.year, b.first, b.last, cur.version AS current,
             bl.value::float8 AS "batchValue", cur.value::float8 AS "currentValue",
             EXISTS (SELECT 1 FROM "Observation" o WHERE o."indicatorId" = b."indicatorId" AND o."regionAdcode" = b."regionAdcode" AND o.year = b.year
                     AND o.version > b.last AND o."createdById" IS DISTINCT FROM ${user.userId}) AS "changedByOthers"
      FROM b JOIN "Indicator" i ON i.id = b."indicatorId"
      JOIN LATERAL (SELECT version, value FROM "Observation" o WHERE o."indicatorId" = b."indicatorId" AND o."regionAdcode" = b."regionAdcode" AND o.year = b.year ORDER BY version DESC LIMIT 1) cur ON true
      JOIN "Observation" bl ON bl."indicatorId" = b."indicatorId" AND bl."regionAdcode" = b."regionAdcode" AND bl.year = b.year AND bl.version = b.last
      ORDER BY i.code, b."regionAdcode", b.year`;
    if (series.length === 0) throw notFound(batch);
    const key = (s: BatchSeries) => `${s.code}:${s.regionAdcode}:${s.year}`;
    const open = series.filter((s) => !done.has(key(s)));
    if (open.length === 0) throw new AppError("CONFLICT", msg(`导入 ${batch} 已撤销过`, `Import ${batch} has already been undone`));
    const conflicts = open.filter((s) => s.changedByOthers).map((s) => ({ series: key(s), current: s.currentValue, batch: s.batchValue }));
    const allowed = new Set(confirm === "all" ? conflicts.map((c) => c.series) : confirm);
    const todo = open.filter((s) => !s.changedByOthers || allowed.has(key(s)));
    let restored = 0;
    let retracted = 0;
    for (const s of todo) {
      const where = { indicatorId: s.indicatorId, regionAdcode: s.regionAdcode, year: s.year };
      const before = s.first > 1 ? await tx.observation.findFirst({ where: { ...where, version: s.first - 1 } }) : null;
      const current = (await tx.observation.findFirst({ where, orderBy: { version: "desc" } }))!;
      if (before && before.kind === "value" && before.value !== null) {
        await recordObservations(
          tx,
          [
            {
              ...where,
              value: before.value.toString(),
              valueAsEntered: before.valueAsEntered,
              unitAsEntered: before.unitAsEntered,
              publishedAt: before.publishedAt,
              source: before.source,
              note: before.note,
              flags: before.flags,
            },
          ],
          user.userId,
        );
        restored += 1;
      } else if (current.kind === "value") {
        await tx.observation.create({
          data: {
            ...where,
            version: current.version + 1,
            kind: "retraction",
            value: null,
            source: current.source,
            note: `撤销导入 ${batch} · import ${batch} undone`,
            flags: [],
            supersedesId: current.id,
            createdById: user.userId,
          },
        });
        retracted += 1;
      }
    }
    const refused = conflicts.length - conflicts.filter((c) => allowed.has(c.series)).length;
    await writeAudit(
      user.userId,
      {
        action: "observation.import_undo",
        entityType: "import",
        entityId: batch,
        meta: { restored, retracted, refused, conflicts: conflicts.map((c) => c.series), undone: todo.map(key) },
      },
      tx,
    );
    return { restored, retracted, conflicts, refused };
  });
}
