// `npm run db:sample`: loads the sample statistics on purpose, into a database that may
// already hold figures. Like any import, each row becomes a new version only where it
// differs from the current one (so it can replace analysts' newer figures: that is
// what asking for it means); start-up never does this (see prisma/seed.ts).
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { loadSampleObservations } from "./sample";

const t0 = Date.now();
await loadSampleObservations();
logger.info({ ms: Date.now() - t0 }, "sample statistics loaded");
await prisma.$disconnect();
