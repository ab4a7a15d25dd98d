import fs from "node:fs";
import path from "node:path";
import { importObservationsCsv } from "@/lib/data/import-observations";

// The real published figures shipped with the app, imported like any analyst's file:
// same validation, unit conversion (人 → 万人, 万亿元 → 亿元) and versioning. Re-running
// finds every row unchanged. Published figures need no plausibility confirmation.
const SAMPLE = path.join(import.meta.dirname, "..", "seed-data", "observations-sample.csv");

export async function loadSampleObservations(): Promise<void> {
  const result = await importObservationsCsv(fs.createReadStream(SAMPLE), {
    actorId: null,
    fileName: "observations-sample.csv",
    auditIfUnchanged: false,
    confirmWarnings: true,
  });
  if (result.fileErrors.length > 0 || result.totalErrors > 0) {
    const first = [...result.fileErrors, ...result.errors.map((e) => e.message)].slice(0, 5).map((m) => m.en);
    throw new Error(`sample import failed: ${first.join("; ")}`);
  }
}
