// Streaming XML of a workbook part → whatever the handlers emit, with bounds.
//
// Bytes are decoded by one streaming TextDecoder (stream: true), so a character whose
// bytes straddle two chunks is joined, never replaced by U+FFFD (the corruption of
// exceljs#2084); invalid UTF-8 is an error, not a silent replacement. saxes keeps a text
// node or a tag in memory until it ends, so the characters since the parser's last
// event are bounded too (a 100 MB cell is cut off after the bound, not buffered).

import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CsvImportError } from "./csv-reader";
import { limitExceeded, type XlsxLimits } from "./upload-limits";
import { UNREADABLE_XLSX } from "./zip-archive";

export interface XmlHandlers {
  /** `name` without a namespace prefix (x:row → row); `depth` 1 is the root element. */
  open(name: string, attrs: Record<string, string>, depth: number): void;
  close(name: string, depth: number): void;
  text(text: string): void;
}

/** Pieces of this many characters at most are fed to the parser at once. */
const FEED_CHARS = 64 * 1024;

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** UTF-8 bytes → text, one decoder across chunk boundaries; invalid bytes throw. */
async function* decodeUtf8(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (e) {
    if (e instanceof TypeError) throw new CsvImportError([UNREADABLE_XLSX]);
    throw e;
  }
}

/**
 * Parses `bytes` with `handlers` (made with an `emit` for what they find) and yields what
 * they emitted, chunk by chunk: the consumer pulls, so the file is read only as fast as
 * its rows are used. `where` names the part in limit errors.
 */
export async function* parseXml<T>(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  makeHandlers: (emit: (item: T) => void) => XmlHandlers,
  limits: XlsxLimits,
  where: string,
): AsyncGenerator<T> {
  const out: T[] = [];
  const h = makeHandlers((item) => out.push(item));
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let depth = 0;
  let lastEvent = 0; // parser.position at the last event
  const seen = () => (lastEvent = parser.position);
  parser.on("opentag", (tag: SaxesTagPlain) => {
    seen();
    if (++depth > limits.maxDepth) throw limitExceeded("maxDepth", limits, where);
    h.open(localName(tag.name), tag.attributes as Record<string, string>, depth);
    if (tag.isSelfClosing) {
      h.close(localName(tag.name), depth);
      depth--;
    }
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    seen();
    if (tag.isSelfClosing) return; // handled at opentag
    h.close(localName(tag.name), depth);
    depth--;
  });
  parser.on("text", (text: string) => {
    seen();
    h.text(text);
  });
  parser.on("cdata", (text: string) => {
    seen();
    h.text(text);
  });

  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (e) {
      if (e instanceof CsvImportError) throw e;
      throw new CsvImportError([UNREADABLE_XLSX]);
    }
    // saxes holds the text or tag it is inside of until it ends: bound that
    if (parser.position - lastEvent > limits.maxCellChars + FEED_CHARS) throw limitExceeded("maxCellChars", limits, where);
  };

  for await (const text of decodeUtf8(bytes)) {
    for (let i = 0; i < text.length; i += FEED_CHARS) {
      write(text.length <= FEED_CHARS ? text : text.slice(i, i + FEED_CHARS));
      if (out.length > 0) yield* out.splice(0);
    }
  }
  try {
    parser.close();
  } catch {
    throw new CsvImportError([UNREADABLE_XLSX]);
  }
  if (out.length > 0) yield* out.splice(0);
}
