// An upload written to a private temporary file as it arrives, so nothing downstream
// (the parser, the database transaction) waits on a slow client: the file is read,
// checked and written only once it is complete. The size limit still applies while
// streaming (the upload's bytes are limit-wrapped); the file is removed by dispose().

import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { Upload, UploadFormat } from "./upload";

export interface SpooledFile {
  path: string;
  size: number;
  format: UploadFormat;
  fileName: string;
  /** The file's bytes, from the start (each call reads it again). */
  chunks(): AsyncIterable<Uint8Array>;
  dispose(): Promise<void>;
}

export async function spoolUpload(upload: Upload, dir = os.tmpdir()): Promise<SpooledFile> {
  const folder = await mkdtemp(path.join(dir, "plan-monitor-upload-"));
  const file = path.join(folder, "upload");
  const dispose = () => rm(folder, { recursive: true, force: true });
  let size = 0;
  try {
    const counted = (async function* () {
      for await (const chunk of upload.bytes) {
        size += chunk.length;
        yield chunk;
      }
    })();
    await pipeline(Readable.from(counted), createWriteStream(file, { mode: 0o600 }));
  } catch (e) {
    await dispose();
    throw e;
  }
  return {
    path: file,
    size,
    format: upload.format,
    fileName: upload.fileName,
    chunks: () => createReadStream(file, { highWaterMark: 64 * 1024 }),
    dispose,
  };
}
