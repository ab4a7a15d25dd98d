// The import as the app runs it (importObservationsCsv, the code behind POST
// /api/v1/observations/import), in a process of its own so the fault test can SIGKILL
// it mid-transaction. Prints one JSON line with the result when it finishes.
import fs from "node:fs";
import path from "node:path";
import { importObservationsCsv } from "@/lib/data/import-observations";
import { prisma } from "@/lib/db";

const file = process.argv[2]!;
const r = await importObservationsCsv(fs.createReadStream(file), { actorId: null, fileName: path.basename(file), confirmWarnings: true });
process.stdout.write(
  `${JSON.stringify({ created: r.created, updated: r.updated, unchanged: r.unchanged, totalErrors: r.totalErrors, fileErrors: r.fileErrors.length })}\n`,
);
await prisma.$disconnect();
