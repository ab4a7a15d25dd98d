// An uploaded observations file, from either kind of request the import accepts:
//   - a raw body: Content-Type text/csv (or an XLSX media type), streamed as it arrives;
//   - multipart/form-data with a `file` field (what a browser form sends).
// The size limit is enforced while reading, not after.

import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { iterateStream, limitBytes, MAX_UPLOAD_BYTES, tooLargeMessage, type ByteLimit } from "./byte-limit";
import { EMPTY_FILE } from "./stream-decode";
import { fileNameFromHeader } from "./file-name-header";

export type UploadFormat = "csv" | "xlsx";

export interface Upload {
  format: UploadFormat;
  fileName: string;
  bytes: AsyncIterable<Uint8Array>;
  /** Tells afterwards whether reading stopped at the size limit (→ 413). */
  limit: ByteLimit;
}

const XLSX_TYPES = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel.sheet.macroenabled.12"];
const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/octet-stream", "text/comma-separated-values"];

const UNSUPPORTED = msg(
  "请以 text/csv 请求体或 multipart/form-data（字段名 file）上传 CSV 或 XLSX 文件",
  "Send a CSV or XLSX file as a text/csv body or as multipart/form-data with a `file` field",
);

/** By name first (what the analyst chose), then by the file's first bytes (a zip is an XLSX). */
export function formatOf(fileName: string, firstBytes: Uint8Array): UploadFormat {
  if (/\.xls[xm]$/i.test(fileName)) return "xlsx";
  if (/\.(csv|txt)$/i.test(fileName)) return "csv";
  return firstBytes[0] === 0x50 && firstBytes[1] === 0x4b ? "xlsx" : "csv";
}

export async function readUpload(req: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<Upload> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxBytes));
  const limit: ByteLimit = { exceeded: false, maxBytes };
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!req.body) throw new AppError("VALIDATION", EMPTY_FILE);

  if (type === "multipart/form-data") return readMultipart(req, limit);
  if (type !== "" && !CSV_TYPES.includes(type) && !XLSX_TYPES.includes(type)) throw new AppError("VALIDATION", UNSUPPORTED);
  const named = fileNameFromHeader(req.headers.get("x-file-name"));
  const format: UploadFormat = XLSX_TYPES.includes(type) ? "xlsx" : "csv";
  return { format, fileName: named || `upload.${format}`, bytes: limitBytes(iterateStream(req.body), limit), limit };
}

async function readMultipart(req: Request, limit: ByteLimit): Promise<Upload> {
  // The platform's multipart parser buffers the parts; feeding it a size-limited stream
  // keeps that buffer within the limit even without a Content-Length.
  const body = limitedStream(req.body!, limit);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": req.headers.get("content-type")! } }).formData();
  } catch {
    if (limit.exceeded) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(limit.maxBytes));
    throw new AppError("VALIDATION", UNSUPPORTED);
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("VALIDATION", UNSUPPORTED);
  if (file.size === 0) throw new AppError("VALIDATION", EMPTY_FILE);
  const fileName = file instanceof File && file.name ? file.name : "upload";
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return { format: formatOf(fileName, head), fileName, bytes: iterateStream(file.stream()), limit };
}

function limitedStream(stream: ReadableStream<Uint8Array>, limit: ByteLimit): ReadableStream<Uint8Array> {
  const it = limitBytes(iterateStream(stream), limit);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await it.return(undefined);
    },
  });
}
