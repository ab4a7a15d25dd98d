import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { resolveObservationInput, type ResolvedObservation } from "@/lib/data/observation-input";
import { currentVersionOf, type VersionRow } from "@/lib/data/observation-versions";
import { checkPlausibility, type PlausibilityWarning } from "@/lib/validation/plausibility";
import type { ObservationInput } from "@/lib/validation/observation";

/** Current values of the other years of a series: the nearest earlier and later one. */
async function neighbours(client: TransactionClient | typeof prisma, w: ResolvedObservation["write"]) {
  const rows = await client.$queryRaw<{ year: number; value: string }[]>`
    SELECT cur.year, cur.value::text AS value FROM (
      SELECT DISTINCT ON (o.year) o.year, o.kind, o.value FROM "Observation" o
      WHERE o."indicatorId" = ${w.indicatorId} AND o."regionAdcode" = ${w.regionAdcode} AND o.year <> ${w.year}
      ORDER BY o.year, o.version DESC
    ) cur
    WHERE cur.kind = 'value' AND cur.year IN (
      (SELECT max(year) FROM "Observation" WHERE "indicatorId" = ${w.indicatorId} AND "regionAdcode" = ${w.regionAdcode} AND year < ${w.year} AND kind = 'value'),
      (SELECT min(year) FROM "Observation" WHERE "indicatorId" = ${w.indicatorId} AND "regionAdcode" = ${w.regionAdcode} AND year > ${w.year} AND kind = 'value'))`;
  return rows.map((r) => ({ year: r.year, value: new Prisma.Decimal(r.value).toNumber() }));
}

/**
 * Warnings for a figure about to be saved: against the current version of its cell
 * (`current`, read by the caller inside its transaction; undefined: read here) and its
 * neighbouring years. All values in the indicator's unit.
 */
export async function plausibilityOf(client: TransactionClient | typeof prisma, r: ResolvedObservation, current?: VersionRow | null): Promise<PlausibilityWarning[]> {
  const cur = current === undefined ? await currentVersionOf(client, { indicatorId: r.write.indicatorId, regionAdcode: r.write.regionAdcode, year: r.write.year }) : current;
  const previous = cur?.kind === "value" && cur.value !== null ? cur.value.toNumber() : null;
  return checkPlausibility({ value: r.value, year: r.write.year, previous, neighbours: await neighbours(client, r.write) });
}

/** What the entry form asks the analyst to confirm before saving (nothing is written). */
export async function getPlausibilityWarnings(actor: Actor, input: ObservationInput): Promise<{ warnings: PlausibilityWarning[]; unit: string }> {
  authorize(actor, "observation.write");
  const resolved = await resolveObservationInput(input);
  return { warnings: await plausibilityOf(prisma, resolved), unit: resolved.indicator.unit };
}
