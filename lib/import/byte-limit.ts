// Upload size limit applied while streaming: the request is cut off as soon as it grows
// past the limit, so a huge body never reaches memory or the database.

import { msg, type Message } from "@/lib/i18n/message";
import { CsvImportError } from "./csv-reader";

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export function tooLargeMessage(maxBytes: number): Message {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return msg(`文件超过 ${mb} MB 的上限；请拆分为多个文件分别导入`, `The file is larger than the ${mb} MB limit; split it into several files`);
}

export interface ByteLimit {
  /** Set once the source went past the limit (the stream then threw). */
  exceeded: boolean;
  readonly maxBytes: number;
}

/** Passes chunks through, throwing a CsvImportError once more than `limit.maxBytes` went by. */
export async function* limitBytes(source: AsyncIterable<Uint8Array>, limit: ByteLimit): AsyncGenerator<Uint8Array> {
  let seen = 0;
  for await (const chunk of source) {
    seen += chunk.length;
    if (seen > limit.maxBytes) {
      limit.exceeded = true;
      throw new CsvImportError([tooLargeMessage(limit.maxBytes)]);
    }
    yield chunk;
  }
}

/** Web ReadableStream → async iterable (typed for both DOM and Node lib declarations). */
export async function* iterateStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return void (finished = true);
      if (value) yield value;
    }
  } finally {
    // the consumer stopped early (an error, a file error): stop the upload too
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
