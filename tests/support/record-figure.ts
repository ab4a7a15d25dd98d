import { recordObservations } from "@/lib/data/observation-writes";
import { prisma } from "@/lib/db";

/** One figure written through the single-entry write path (a new version of its series). */
export async function recordFigure(indicatorId: number, regionAdcode: string, year: number, value: string, publishedAt: Date | null = null): Promise<void> {
  await prisma.$transaction((tx) =>
    recordObservations(
      tx,
      [{ indicatorId, regionAdcode, year, value, valueAsEntered: value, unitAsEntered: null, source: `test ${value}`, note: null, flags: [], publishedAt }],
      null,
    ),
  );
}
