import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { resolveObservationInput, type ResolvedObservation } from "@/lib/data/observation-input";
import { listCurrentObservations } from "@/lib/data/current-observations";
import { currentVersionOf, type VersionRow } from "@/lib/data/observation-versions";
import { checkPlausibility, type PlausibilityWarning } from "@/lib/validation/plausibility";
import type { ObservationInput } from "@/lib/validation/observation";

/**
 * The neighbouring years of a series: the nearest earlier and later year that has a
 * current version, when that version is a value (a retracted year counts as no figure,
 * as in an import's check, lib/data/import-plausibility.ts).
 */
async function neighbours(client: TransactionClient | typeof prisma, w: ResolvedObservation["write"]) {
  const rows = await listCurrentObservations(
    {
      retractions: true,
      where: [Prisma.sql`c."indicatorId" = ${w.indicatorId}`, Prisma.sql`c."regionAdcode" = ${w.regionAdcode}`, Prisma.sql`c.year <> ${w.year}`],
    },
    client,
  );
  const earlier = rows.filter((r) => r.year < w.year).at(-1);
  const later = rows.find((r) => r.year > w.year);
  return [earlier, later].filter((r) => r?.kind === "value").map((r) => ({ year: r!.year, value: r!.value! }));
}

/**
 * Warnings for a figure about to be saved: against the current version of its cell
 * (`current`, read by the caller inside its transaction; undefined: read here) and its
 * neighbouring years. All values in the indicator's unit.
 */
export async function plausibilityOf(
  client: TransactionClient | typeof prisma,
  r: ResolvedObservation,
  current?: VersionRow | null,
): Promise<PlausibilityWarning[]> {
  const cur =
    current === undefined
      ? await currentVersionOf(client, { indicatorId: r.write.indicatorId, regionAdcode: r.write.regionAdcode, year: r.write.year })
      : current;
  const previous = cur?.kind === "value" && cur.value !== null ? cur.value.toNumber() : null;
  return checkPlausibility({ value: r.value, year: r.write.year, previous, neighbours: await neighbours(client, r.write) });
}

/** What the entry form asks the analyst to confirm before saving (nothing is written). */
export async function getPlausibilityWarnings(actor: Actor, input: ObservationInput): Promise<{ warnings: PlausibilityWarning[]; unit: string }> {
  authorize(actor, "observation.write");
  const resolved = await resolveObservationInput(input);
  return { warnings: await plausibilityOf(prisma, resolved), unit: resolved.indicator.unit };
}
