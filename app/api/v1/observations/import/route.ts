import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { importObservationFile } from "@/lib/data/import-file";
import { withImportSlot } from "@/lib/data/import-slots";
import { msg } from "@/lib/i18n/message";
import { readUpload } from "@/lib/import/upload";
import { importQuery } from "@/lib/validation/observation";

const NOTHING_WRITTEN = msg("文件有错误，未导入任何数据；请按提示修改后重新上传", "The file has errors and nothing was imported; fix them and upload it again");

/**
 * Body: text/csv, an XLSX media type, or multipart/form-data with `file`; spooled to a
 * temporary file, then read. ?sheet= names the XLSX worksheet (else the one whose header
 * matches; several → 422 listing `sheets`). 503 + Retry-After when IMPORT_CONCURRENCY
 * imports are running.
 * 200 {created, updated, unchanged, errors: []} — with ?dryRun=true nothing is written
 * and `preview` lists rows as new/changed/unchanged. 422 {errors, fileErrors}: nothing written.
 */
export const POST = apiRoute(async ({ req, actor }) => {
  authorize(actor, "observation.import"); // before reading a possibly large body
  const { dryRun, sheet } = parseQuery(req, importQuery);
  // the slot is taken before the body is read: past the cap, 503 at once
  const r = await withImportSlot(async () => importObservationFile(actor, await readUpload(req), { dryRun, sheet }));
  const sheets = r.sheets ? { sheet: r.sheet, sheets: r.sheets } : {};
  const common = { rows: r.rows, warnings: r.warnings, ...sheets, ...(dryRun ? { dryRun: true, preview: r.preview } : {}) };
  if (r.fileErrors.length > 0 || r.totalErrors > 0) {
    return json({ error: { code: "VALIDATION", message: r.fileErrors[0] ?? NOTHING_WRITTEN }, errors: r.errors, fileErrors: r.fileErrors, totalErrors: r.totalErrors, ...common }, 422);
  }
  return json({ created: r.created, updated: r.updated, unchanged: r.unchanged, errors: [], ...common });
}, { body: "upload" });
