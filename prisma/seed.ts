// Seeds the regions, the shipped plans (prisma/plans/*.json), the sample statistics and the
// first admin. Safe to run on every start-up: when nothing changed it writes nothing, and
// it never writes an observation over one that exists. A plan document is published only
// when it differs from every version published before; observations (the plan's own 2014 figures, the sample statistics) are
// only written into cells that never had one, and the sample only into a database
// with no observation at all (the first run); `npm run db:sample` loads it on purpose.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { ensureAdmin } from "./seed/admin";
import { seedPlans } from "./seed/plan";
import { seedRegions } from "./seed/regions";
import { loadSampleObservations } from "./seed/sample";

export async function seedAll(opts: { sample?: boolean; admin?: boolean } = {}): Promise<{ sampleLoaded: boolean }> {
  // Decided before the plan writes its baseline figures: "first run" means no observation yet.
  const firstRun = (await prisma.observation.findFirst({ select: { id: true } })) === null;
  await prisma.$transaction(
    async (tx) => {
      await seedRegions(tx);
      await seedPlans(tx);
    },
    { timeout: 120_000 },
  );
  const sampleLoaded = opts.sample !== false && firstRun;
  if (sampleLoaded) await loadSampleObservations();
  if (opts.admin !== false) await prisma.$transaction((tx) => ensureAdmin(tx));
  return { sampleLoaded };
}

if (process.argv[1] && import.meta.filename === (await import("node:fs")).realpathSync(process.argv[1])) {
  const t0 = Date.now();
  const { sampleLoaded } = await seedAll({ sample: env().SEED_SAMPLE });
  logger.info({ ms: Date.now() - t0, sampleLoaded }, sampleLoaded ? "seed done, sample statistics loaded (first run)" : "seed done");
  await prisma.$disconnect();
}
