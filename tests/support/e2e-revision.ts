// Test-only: gives 南充 (511300) a revised 2020 urban construction land figure, so the
// e2e test can compare the dashboard before and after a revision. Version 1 (140 km²,
// within the 150 km² ceiling) is dated two days ago; version 2 (160 km², over it) is
// recorded now. Run with DATABASE_URL set:
//   node_modules/.bin/tsx --conditions=react-server tests/support/e2e-revision.ts
import { prisma } from "@/lib/db";

const DAY = 24 * 60 * 60 * 1000;

const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_construction_land" } });
const series = { indicatorId: indicator.id, regionAdcode: "511300", year: 2020 };
const last = await prisma.observation.findFirst({ where: series, orderBy: { version: "desc" }, select: { id: true, version: true } });
const base = last?.version ?? 0;
const v1 = await prisma.observation.create({
  data: {
    ...series,
    version: base + 1,
    value: "140",
    valueAsEntered: "140",
    unitAsEntered: "km²",
    source: "e2e progress fixture (first release)",
    flags: [],
    supersedesId: last?.id ?? null,
    createdAt: new Date(Date.now() - 2 * DAY),
    publishedAt: new Date(Date.now() - 2 * DAY),
  },
});
const v2 = await prisma.observation.create({
  data: {
    ...series,
    version: base + 2,
    value: "160",
    valueAsEntered: "160",
    unitAsEntered: "km²",
    source: "e2e progress fixture (revision)",
    flags: [],
    supersedesId: v1.id,
  },
});
console.log(JSON.stringify({ first: v1.id, revision: v2.id, revisedAt: v2.createdAt.toISOString() }));
await prisma.$disconnect();
