import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { AppError } from "@/lib/errors";
import { withRenderSlot } from "@/lib/pdf/browser";

// PDF of a Word document by LibreOffice (`soffice --headless --convert-to pdf`), so the
// PDF of a round report is the Word report itself, page for page. Runs in the render
// queue (bounded concurrency and time; lib/pdf/browser.ts): past the time limit the
// process is killed. Each run needs its own LibreOffice profile (two soffice processes
// cannot share one); profiles are kept for reuse, since creating one costs seconds.

const idleProfiles: string[] = [];

async function withProfile<T>(fn: (profileUrl: string) => Promise<T>): Promise<T> {
  const dir = idleProfiles.pop() ?? (await fs.mkdtemp(path.join(os.tmpdir(), "pm-soffice-profile-")));
  const result = await fn(pathToFileURL(dir).href).catch(async (e: unknown) => {
    // a killed run may leave its profile locked: never reuse it
    await fs.rm(dir, { recursive: true, force: true });
    throw e;
  });
  idleProfiles.push(dir);
  return result;
}

const NO_SOFFICE = {
  zh: "此服务器未安装 LibreOffice（soffice），无法生成 PDF；请下载 Word 版本。",
  en: "LibreOffice (soffice) is not installed on this server, so no PDF can be made; download the Word version.",
};

export async function convertDocxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  return withRenderSlot(async (signal) => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), "pm-docx-pdf-"));
    try {
      const input = path.join(work, "report.docx");
      await fs.writeFile(input, docx);
      await withProfile(
        (profile) =>
          new Promise<void>((resolve, reject) => {
            execFile(
              "soffice",
              [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, input],
              { signal, timeout: 0, maxBuffer: 1 << 20 },
              (err) => {
                if (err && (err as NodeJS.ErrnoException).code === "ENOENT") reject(new AppError("UNAVAILABLE", NO_SOFFICE));
                else if (err) reject(err);
                else resolve();
              },
            );
          }),
      );
      const out = await fs.readFile(path.join(work, "report.pdf")).catch(() => {
        throw new Error("soffice wrote no PDF");
      });
      return new Uint8Array(out);
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });
}
