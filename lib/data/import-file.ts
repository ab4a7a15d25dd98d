import "server-only";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { msg } from "@/lib/i18n/message";
import { tooLargeMessage } from "@/lib/import/byte-limit";
import { readCsvRows } from "@/lib/import/csv-reader";
import type { TextEncodingUsed } from "@/lib/import/decode";
import { decodeByteStream } from "@/lib/import/stream-decode";
import type { Upload } from "@/lib/import/upload";
import { readXlsxRows } from "@/lib/import/xlsx-reader";
import { importObservationRows, type ImportResult } from "@/lib/data/import-observations";
import { isConcurrentWriteConflict } from "@/lib/data/observation-versions";

const GBK_NOTE = msg("文件不是 UTF-8 编码，已按 GBK（GB18030）读取", "The file is not UTF-8; it was read as GBK (GB18030)");

// Another writer committed a version of a series this file also writes, between our read
// of the current versions and our insert: the unique (series, version) key stopped us.
const concurrentImport = () =>
  new AppError(
    "CONFLICT",
    msg(
      "导入期间有其他人保存了相同地区、指标和年份的数值，本次导入未写入任何数据；请重新导入，新数值将记录在他们的数值之后",
      "Someone saved figures for the same region, indicator and year while this file was importing; nothing was written. Import the file again to record it on top of their figures",
    ),
  );

/**
 * Imports an uploaded CSV or XLSX file all-or-nothing (or previews it with `dryRun`):
 * streamed from the request, decoded (UTF-8, else GBK), validated row by row, written
 * in one transaction. A file over the size limit is a 413, even when it was cut mid-way.
 */
export async function importObservationFile(actor: Actor, upload: Upload, opts: { dryRun: boolean; confirmWarnings?: boolean }): Promise<ImportResult> {
  authorize(actor, "observation.import");
  const user = requireUser(actor);
  let encoding: TextEncodingUsed | null = null;
  const result = await importObservationRows(
    (onHeader) =>
      upload.format === "xlsx" ? readXlsxRows(upload.bytes, onHeader) : readCsvRows(decodeByteStream(upload.bytes, (e) => (encoding = e)), { onHeader }),
    { actorId: user.userId, fileName: upload.fileName, dryRun: opts.dryRun, confirmWarnings: opts.confirmWarnings },
  ).catch((e: unknown) => {
    if (isConcurrentWriteConflict(e)) throw concurrentImport();
    throw e;
  });
  if (upload.limit.exceeded) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(upload.limit.maxBytes));
  if (encoding === "gb18030") result.warnings.unshift(GBK_NOTE);
  return result;
}
