// Seeds the plan, the regions, the sample statistics and the first admin. Idempotent:
// running it again changes nothing (every step upserts or skips what is already there).
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureAdmin } from "./seed/admin";
import { seedPlan } from "./seed/plan";
import { seedRegions } from "./seed/regions";
import { loadSampleObservations } from "./seed/sample";

export async function seedAll(opts: { sample?: boolean; admin?: boolean } = {}): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await seedRegions(tx);
      await seedPlan(tx);
    },
    { timeout: 120_000 },
  );
  if (opts.sample !== false) await loadSampleObservations();
  if (opts.admin !== false) await prisma.$transaction((tx) => ensureAdmin(tx));
}

if (process.argv[1] && import.meta.filename === (await import("node:fs")).realpathSync(process.argv[1])) {
  const t0 = Date.now();
  await seedAll({ sample: env().SEED_SAMPLE });
  console.error(`[plan-monitor] seed done in ${Date.now() - t0} ms`);
  await prisma.$disconnect();
}
