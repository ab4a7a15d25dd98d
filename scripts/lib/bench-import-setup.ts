// Setup for scripts/bench-import.ts, run in its own process so the bench's peak RSS
// measures the import, not the seeding: plan and regions, enough extra indicators for
// ROWS distinct series, the generated CSV at the path given as argv[2], and beside it
// (observations.copy) the same rows converted as the import converts them, in COPY text
// format for the columns of "Observation" (the bench's honest COPY baseline).
import fs from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { loadImportContext } from "@/lib/data/import-context";
import { readCsvRows } from "@/lib/import/csv-reader";
import { validateRow } from "@/lib/import/validate-row";
import { seedAll } from "@/prisma/seed";
import { generatedRows, HEADER } from "@/tests/support/import-files";

const [file, rowsArg] = process.argv.slice(2);
const ROWS = Number(rowsArg);
await seedAll({ admin: false, sample: false });
const regions = (await prisma.region.findMany({ select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map((r) => r.adcode);
const needed = Math.ceil(ROWS / (regions.length * 75)); // each indicator: regions × 75 years
const codes = Array.from({ length: needed }, (_, i) => `bench_${String(i + 1).padStart(2, "0")}`);
await prisma.indicator.createMany({
  data: codes.map((code) => ({ code, nameZh: code, nameEn: code, unit: "万人", definitionZh: "", definitionEn: "" })),
  skipDuplicates: true,
});
fs.writeFileSync(file!, `${HEADER}\n${generatedRows(ROWS, regions, codes, "bench").join("\n")}\n`);

const ctx = await loadImportContext();
const out = fs.createWriteStream(path.join(path.dirname(file!), "observations.copy"));
const cell = (s: string | null) => {
  if (s === null || s === "") return "\\N"; // the import stores empty unit and note as NULL
  if (/[\\\t\n\r]/.test(s)) throw new Error("bench rows need no COPY escaping"); // generatedRows writes none
  return s;
};
for await (const row of readCsvRows(fs.createReadStream(file!))) {
  const v = validateRow(row.raw, row.rowNumber, ctx);
  if (!v.ok) throw new Error(v.errors[0]!.message.en);
  const r = v.row;
  const line = [
    ctx.indicatorIds.get(r.indicatorCode)!,
    r.adcode,
    r.year,
    1,
    String(r.value),
    cell(r.valueAsEntered),
    cell(r.unitAsEntered),
    r.source,
    cell(r.note),
    `{${r.flags.join(",")}}`,
  ];
  if (!out.write(`${line.join("\t")}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}
await new Promise<void>((resolve) => out.end(() => resolve()));
await prisma.$disconnect();
