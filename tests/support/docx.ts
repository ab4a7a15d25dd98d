// Reads a .docx (a zip) back for tests: every entry's text by name, through yauzl (the zip
// reader the app already uses for XLSX uploads). Plus the LibreOffice steps of the Word
// report's integration test.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yauzl from "yauzl";

export async function unzipText(buf: Uint8Array): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(buf), { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const out = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          out.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
          zip.readEntry();
        });
        stream.on("error", reject);
      });
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return out;
}

/** The text of a WordprocessingML part: the w:t contents joined (runs split words anywhere). */
export const wordText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");

/** The w:tbl elements of a part, each as its XML. */
export const wordTables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);

/**
 * Converts a .docx to PDF with LibreOffice in a temporary directory; throws (never skips)
 * when soffice is missing, so CI without it fails clearly.
 */
export function sofficeToPdf(docx: Uint8Array): { pdf: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docx-test-"));
  const input = path.join(dir, "report.docx");
  fs.writeFileSync(input, docx);
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], {
      stdio: "pipe",
      timeout: 170_000,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error("soffice (LibreOffice) is not installed: .ci/run installs libreoffice-writer-nogui");
    throw e;
  }
  return { pdf: path.join(dir, "report.pdf"), dir };
}
