// Requests that upload a file the way a client does: streamed (no Content-Length),
// optionally trickling slowly, to call route handlers in-process.
import fs from "node:fs";
import { Readable } from "node:stream";

type Handler = (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response>;

export interface StreamUpload {
  token: string;
  contentType: string;
  fileName?: string;
  /** Wait this long between chunks (a slow client). */
  delayMs?: number;
  chunkBytes?: number;
}

function bodyOf(source: string | Uint8Array, opts: StreamUpload): ReadableStream<Uint8Array> {
  if (typeof source === "string" && !opts.delayMs) return Readable.toWeb(fs.createReadStream(source)) as ReadableStream<Uint8Array>;
  const bytes = typeof source === "string" ? fs.readFileSync(source) : source;
  const size = opts.chunkBytes ?? 64 * 1024;
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= bytes.length) return controller.close();
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      controller.enqueue(bytes.subarray(at, at + size));
      at += size;
    },
  });
}

/** POSTs a file (a path or bytes) as a raw, chunked body with a bearer token. */
export async function postStreamed(
  handler: Handler,
  path: string,
  source: string | Uint8Array,
  opts: StreamUpload,
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers = new Headers({ authorization: `Bearer ${opts.token}`, "content-type": opts.contentType });
  if (opts.fileName) headers.set("x-file-name", encodeURIComponent(opts.fileName));
  const req = new Request(`http://localhost${path}`, { method: "POST", headers, body: bodyOf(source, opts), duplex: "half" } as RequestInit);
  const res = await handler(req, { params: Promise.resolve({}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** Peak resident memory of this process so far (VmHWM), in MB. */
export function peakRssMb(pid: number | "self" = "self"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024);
}
