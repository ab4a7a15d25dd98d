// An upload written to a private temporary file as it arrives, so nothing downstream
// (the parser, the database transaction) waits on a slow client: the file is read,
// checked and written only once it is complete. The size limit still applies while
// streaming (the upload's bytes are limit-wrapped); the file is removed by dispose().

import { createReadStream, createWriteStream } from "node:fs";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
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

// ---- Staged files: one upload shared by the preview and the commit ----
// A previewed upload is kept (moved, not copied) under an unguessable id, so the commit
// names the id instead of sending the file again. It belongs to the user who uploaded it
// and expires after STAGE_TTL_MS; expired files are swept whenever another is staged.
// The folder is local to this app process's machine: behind a load balancer without
// sticky sessions a commit may reach another instance, which answers "unknown id" and
// the form asks for the file again (nothing is ever written from a wrong file).

export const STAGE_TTL_MS = 30 * 60 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const defaultStageDir = () => path.join(os.tmpdir(), "plan-monitor-staged");

export interface StagedFile {
  id: string;
  ownerId: number;
  fileName: string;
  format: UploadFormat;
  size: number;
  /** Epoch ms after which the id is refused. */
  expiresAt: number;
}

/** Why a staged id cannot be used: never seen (or swept), another user's, or past its expiry. */
export class StagedFileError extends Error {
  constructor(readonly reason: "unknown" | "not_owner" | "expired") {
    super(`staged upload ${reason}`);
  }
}

/** Moves a spooled upload into the staging folder under a new id; the spool is gone afterwards. */
export async function stageSpool(file: SpooledFile, ownerId: number, now = Date.now(), dir = defaultStageDir()): Promise<StagedFile> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await sweepStaged(now, dir).catch(() => undefined);
  const staged: StagedFile = { id: randomUUID(), ownerId, fileName: file.fileName, format: file.format, size: file.size, expiresAt: now + STAGE_TTL_MS };
  const folder = path.join(dir, staged.id);
  await rename(path.dirname(file.path), folder);
  await writeFile(path.join(folder, "meta.json"), JSON.stringify(staged), { mode: 0o600 });
  return staged;
}

/** Opens a staged upload for its owner (dispose() removes it); refuses unknown, foreign and expired ids. */
export async function openStaged(id: string, ownerId: number, now = Date.now(), dir = defaultStageDir()): Promise<SpooledFile & { staged: StagedFile }> {
  if (!ID.test(id)) throw new StagedFileError("unknown");
  const folder = path.join(dir, id);
  let staged: StagedFile;
  try {
    staged = JSON.parse(await readFile(path.join(folder, "meta.json"), "utf8")) as StagedFile;
  } catch {
    throw new StagedFileError("unknown");
  }
  if (staged.ownerId !== ownerId) throw new StagedFileError("not_owner");
  if (now > staged.expiresAt) {
    await rm(folder, { recursive: true, force: true });
    throw new StagedFileError("expired");
  }
  const file = path.join(folder, "upload");
  return {
    staged,
    path: file,
    size: staged.size,
    format: staged.format,
    fileName: staged.fileName,
    chunks: () => createReadStream(file, { highWaterMark: 64 * 1024 }),
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}

/** Removes every staged upload past its expiry (or unreadable). */
async function sweepStaged(now = Date.now(), dir = defaultStageDir()): Promise<void> {
  // not a file the build must trace: uploads staged at run time
  for (const name of await readdir(/* turbopackIgnore: true */ dir)) {
    if (!ID.test(name)) continue;
    const folder = path.join(dir, name);
    const meta = await readFile(path.join(folder, "meta.json"), "utf8").then(
      (t) => JSON.parse(t) as StagedFile,
      () => null,
    );
    // a folder without its meta yet may be being staged right now: leave it an hour
    if (meta ? now > meta.expiresAt : now - (await stat(folder)).mtimeMs > 60 * 60 * 1000) await rm(folder, { recursive: true, force: true });
  }
}
