import { apiRoute } from "@/lib/api/respond";
import { parseQuery } from "@/lib/api/query";
import { contentDisposition } from "@/lib/data/report-export";
import { DOCX_CONTENT_TYPE } from "@/lib/data/report-docx";
import { buildRoundReportDocx } from "@/lib/data/round-report";
import { localeOf } from "@/lib/i18n/locale";
import { convertDocxToPdf } from "@/lib/pdf/docx-to-pdf";
import { idParam } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse";
import { roundReportQuery } from "@/lib/validation/round-report";

// ?format=docx|pdf (&unit=<id>): the round's 年度监测报告; the PDF is the Word file converted by LibreOffice
export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const { id } = parseInput(idParam, params);
  const query = parseQuery(req, roundReportQuery);
  const doc = await buildRoundReportDocx(actor, id, localeOf(req.headers), { unitId: query.unit });
  const pdf = query.format === "pdf";
  const body = pdf ? await convertDocxToPdf(doc.body) : new Uint8Array(doc.body);
  const fileName = pdf ? doc.fileName.replace(/\.docx$/, ".pdf") : doc.fileName;
  return new Response(body as BodyInit, {
    status: 200,
    headers: {
      "content-type": pdf ? "application/pdf" : DOCX_CONTENT_TYPE,
      "content-disposition": contentDisposition({ fileName, title: doc.title }),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
