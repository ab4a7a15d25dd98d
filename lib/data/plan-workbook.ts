import "server-only";
import { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { iterateStream, limitBytes, tooLargeMessage, type ByteLimit } from "@/lib/import/byte-limit";
import { CsvImportError } from "@/lib/import/csv-reader";
import { spoolUpload } from "@/lib/import/spool";
import { readUpload, type Upload } from "@/lib/import/upload";
import { UploadLimitError } from "@/lib/import/upload-limits";
import type { Actor } from "@/lib/permissions";
import { exportPlanDocument } from "@/lib/data/plan-export";
import { documentError } from "@/lib/data/plan-publish";
import type { DocumentIssue } from "@/lib/plan-document/issues";
import { parsePlanDocumentText } from "@/lib/plan-document/parse";
import type { PlanDocument } from "@/lib/plan-document/schema";
import { issueAtCell } from "@/lib/plan-document/workbook-cells";
import { MAX_PLAN_UPLOAD_BYTES, readPlanWorkbookFile } from "@/lib/plan-document/workbook-file";
import { readPlanWorkbook } from "@/lib/plan-document/workbook-read";
import { writePlanWorkbook } from "@/lib/plan-document/workbook-write";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The plan as the workbook of lib/plan-document/workbook-layout.ts (regions named for reading). */
export async function exportPlanWorkbook(actor: Actor, slug: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const doc = await exportPlanDocument(actor, slug);
  if (!doc) return null;
  const regions = await prisma.region.findMany({
    where: { adcode: { in: [...new Set([...doc.regions, ...doc.roles].map((r) => r.region))] } },
    select: { adcode: true, nameZh: true },
  });
  return writePlanWorkbook(doc, new Map(regions.map((r) => [r.adcode, r.nameZh])));
}

/** A document read from an upload; `locate` names the workbook cell of a document path. */
export interface UploadedPlanDocument {
  document: PlanDocument;
  format: "xlsx" | "text";
  locate: (path: string) => string | undefined;
}

const XLSX_TYPES = new Set([XLSX_CONTENT_TYPE, "application/vnd.ms-excel.sheet.macroenabled.12"]);
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

async function collect(bytes: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of bytes) parts.push(c);
  return Buffer.concat(parts);
}

const fileError = (e: unknown): unknown => {
  if (e instanceof UploadLimitError) return new AppError(e.tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION", e.errors[0]!);
  if (e instanceof CsvImportError) return documentError(e.errors.map((message) => ({ path: "", message })));
  return e;
};

async function fromWorkbook(upload: Upload): Promise<UploadedPlanDocument> {
  const spool = await spoolUpload(upload);
  try {
    const r = readPlanWorkbook(await readPlanWorkbookFile(spool.path));
    if (!r.ok) throw documentError(r.issues);
    return { document: r.document, format: "xlsx", locate: r.locate };
  } finally {
    await spool.dispose();
  }
}

function fromText(bytes: Buffer): UploadedPlanDocument {
  const parsed = parsePlanDocumentText(new TextDecoder("utf-8").decode(bytes));
  if (!parsed.ok) throw documentError(parsed.issues);
  return { document: parsed.document, format: "text", locate: () => undefined };
}

/**
 * The plan document of a POST body: JSON or YAML text, or an XLSX workbook — told by the
 * content type (an XLSX media type; multipart/form-data with a `file` field, by its name
 * and first bytes, as the observation import does) or, for any other type, by the body
 * starting as a zip does. The size is capped while reading; a workbook is spooled to a
 * temporary file and read with the import's bounds.
 */
export async function readPlanDocumentUpload(req: Request): Promise<UploadedPlanDocument> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  let limit: ByteLimit = { exceeded: false, maxBytes: MAX_PLAN_UPLOAD_BYTES };
  try {
    if (type === "multipart/form-data" || XLSX_TYPES.has(type)) {
      const upload = await readUpload(req, MAX_PLAN_UPLOAD_BYTES);
      limit = upload.limit;
      return upload.format === "xlsx" ? await fromWorkbook(upload) : fromText(await collect(upload.bytes));
    }
    const declared = Number(req.headers.get("content-length") ?? NaN);
    if (declared > MAX_PLAN_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(MAX_PLAN_UPLOAD_BYTES));
    if (!req.body) throw documentError([{ path: "", message: msg("请求体为空：请发送规划文档", "The body is empty: send a plan document") }]);
    const bytes = await collect(limitBytes(iterateStream(req.body), limit));
    if (!isZip(bytes)) return fromText(bytes);
    return await fromWorkbook({ format: "xlsx", fileName: "plan.xlsx", bytes: Readable.from([bytes]), limit });
  } catch (e) {
    if (limit.exceeded) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(MAX_PLAN_UPLOAD_BYTES));
    throw fileError(e);
  }
}

/** Issues found after reading (the database checks) named at their workbook cells too. */
export function withCells(e: unknown, locate: (path: string) => string | undefined): unknown {
  if (!(e instanceof AppError) || e.code !== "VALIDATION" || !Array.isArray(e.extra?.issues)) return e;
  const issues = (e.extra.issues as DocumentIssue[]).map((i) => issueAtCell(i, locate(i.path)));
  return new AppError(e.code, e.detail, { ...e.extra, issues });
}
