// Setup for scripts/bench-import.ts, run in its own process so the bench's peak RSS
// measures the import, not the seeding: plan and regions, enough extra indicators for
// ROWS distinct series, and the generated CSV at the path given as argv[2].
import fs from "node:fs";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { generatedRows, HEADER } from "@/tests/support/import-files";

const [file, rowsArg] = process.argv.slice(2);
const ROWS = Number(rowsArg);
await seedAll({ admin: false, sample: false });
const regions = (await prisma.region.findMany({ select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map((r) => r.adcode);
const needed = Math.ceil(ROWS / (regions.length * 75)); // each indicator: regions × 75 years
const codes = Array.from({ length: needed }, (_, i) => `bench_${String(i + 1).padStart(2, "0")}`);
await prisma.indicator.createMany({ data: codes.map((code) => ({ code, nameZh: code, nameEn: code, unit: "万人", definitionZh: "", definitionEn: "" })), skipDuplicates: true });
fs.writeFileSync(file!, `${HEADER}\n${generatedRows(ROWS, regions, codes, "bench").join("\n")}\n`);
await prisma.$disconnect();
