import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { importObservationFile, importStagedFile } from "@/lib/data/import-file";
import { withImportSlot } from "@/lib/data/import-slots";
import { msg } from "@/lib/i18n/message";
import { readUpload } from "@/lib/import/upload";
import { importQuery } from "@/lib/validation/observation";

const NOTHING_WRITTEN = msg("文件有错误，未导入任何数据；请按提示修改后重新上传", "The file has errors and nothing was imported; fix them and upload it again");
const UNCONFIRMED = msg(
  "有些行的数值看起来不合理（见各行提示），未导入任何数据；请核对，确认无误后带 confirmWarnings=true 重新导入",
  "Some rows have implausible figures (see the warning of each row) and nothing was imported; check them, then import again with confirmWarnings=true",
);

/**
 * Body: text/csv, an XLSX media type, or multipart/form-data with `file`; spooled to a
 * temporary file, then read. ?dryRun=true&stage=true keeps the previewed file and answers
 * `staged: {id, expiresAt}`; ?staged=<id> then previews or imports that file with no body
 * (its uploader only, before it expires; else 404 saying to upload again). ?sheet= names the XLSX worksheet (else the one whose header
 * matches; several → 422 listing `sheets`). 503 + Retry-After when IMPORT_CONCURRENCY
 * imports are running.
 * 200 {created, updated, unchanged, errors: [], rowWarnings} — with ?dryRun=true nothing is written
 * and `preview` lists rows as new/changed/unchanged, `rowWarnings` the implausible ones.
 * 422 {errors, fileErrors}: nothing written. 422 with code UNCONFIRMED_WARNINGS and
 * `rowWarnings`: rows look implausible and ?confirmWarnings=true was not given; nothing written.
 */
export const POST = apiRoute(
  async ({ req, actor }) => {
    authorize(actor, "observation.import"); // before reading a possibly large body
    const q = parseQuery(req, importQuery);
    const { dryRun, sheet, confirmWarnings, staged, stage } = q;
    const mapping = {
      layout: q.layout,
      headerRow: q.headerRow,
      indicator: q.indicator,
      unit: q.unit,
      source: q.source,
      region: q.region,
      year: q.year,
      columns: q.columns,
    };
    const opts = { dryRun, sheet, confirmWarnings, mapping, mappingName: q.mapping, saveMapping: q.saveMapping, overwrite: q.overwrite };
    // the slot is taken before the body is read: past the cap, 503 at once
    const r = await withImportSlot(async () =>
      staged ? importStagedFile(actor, staged, opts) : importObservationFile(actor, await readUpload(req), { ...opts, stage: stage && dryRun }),
    );
    const sheets = r.sheets ? { sheet: r.sheet, sheets: r.sheets } : {};
    const kept = r.staged ? { staged: { id: r.staged.id, expiresAt: new Date(r.staged.expiresAt).toISOString() } } : {};
    const table = r.table
      ? { layout: r.table.layout, headerRow: r.table.headerRow, table: r.table, skipped: r.skipped, totalSkipped: r.totalSkipped }
      : r.headerRow
        ? { headerRow: r.headerRow }
        : {};
    const guard = r.totalConflicts !== undefined ? { conflicts: r.conflicts, totalConflicts: r.totalConflicts, heldBack: r.heldBack } : {};
    const common = {
      rows: r.rows,
      warnings: r.warnings,
      rowWarnings: r.rowWarnings,
      totalWarnings: r.totalWarnings,
      ...sheets,
      ...kept,
      ...table,
      ...guard,
      ...(dryRun ? { dryRun: true, preview: r.preview } : {}),
    };
    if (r.fileErrors.length > 0 || r.totalErrors > 0) {
      return json(
        {
          error: { code: "VALIDATION", message: r.fileErrors[0] ?? NOTHING_WRITTEN },
          errors: r.errors,
          fileErrors: r.fileErrors,
          totalErrors: r.totalErrors,
          ...common,
        },
        422,
      );
    }
    if (r.needsConfirmation) {
      return json(
        { error: { code: "UNCONFIRMED_WARNINGS", message: UNCONFIRMED }, errors: [], fileErrors: [], totalErrors: 0, ...common, preview: r.preview },
        422,
      );
    }
    return json({ created: r.created, updated: r.updated, unchanged: r.unchanged, errors: [], ...(r.batch ? { batch: r.batch } : {}), ...common });
  },
  { body: "upload" },
);
