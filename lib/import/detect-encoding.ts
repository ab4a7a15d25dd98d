// Which encoding a CSV file is in, decided over the WHOLE file (not a first window):
// UTF-8 (with or without BOM), GBK/GB18030 (Excel "CSV" on Simplified Chinese Windows)
// or Big5 (Traditional Chinese Windows). Byte-level validators run side by side as the
// file streams by, each remembering where it first failed, so a refusal can say where
// (byte and line). Pure and incremental: push chunks, then ask for the verdict.
//
// GBK's byte ranges contain Big5's, so a file valid as both is told apart by its second
// bytes: GB2312 text (what Simplified Chinese Excel writes) never has a second byte
// below 0xA1, while about a third of Big5 characters do.

export type TextEncodingName = "utf-8" | "gb18030" | "big5";

interface Failure {
  /** Byte offset (0-based) of the first byte that does not fit. */
  byte: number;
  /** 1-based line of that byte. */
  line: number;
}

export type EncodingVerdict =
  | { ok: true; encoding: TextEncodingName }
  | { ok: false; reason: "empty" | "xlsx" | "utf16" | "binary" }
  /** UTF-8 text with bytes that are not UTF-8 further on. */
  | { ok: false; reason: "broken"; encoding: TextEncodingName; at: Failure }
  /** Neither encoding reads the whole file; each failed at `failures[enc]`. */
  | { ok: false; reason: "unknown"; failures: Record<TextEncodingName, Failure>; best: TextEncodingName };

/** How many bytes from the start must be free of NUL for the file to count as text. */
export const TEXT_CHECK_BYTES = 16 * 1024;
/** A UTF-8 file this far in (multi-byte characters before the first bad byte) is UTF-8 with damage, not another encoding. */
const UTF8_EVIDENCE = 3;

export function createEncodingDetector() {
  let offset = 0;
  let line = 1;
  const head: number[] = [];
  let nul = false;

  // UTF-8: bytes still expected in the current sequence, and the range of the next one
  let u8need = 0;
  let u8lo = 0x80;
  let u8hi = 0xbf;
  let u8chars = 0; // multi-byte characters completed
  let u8fail: Failure | null = null;

  // GB18030: 0 start, 1 after a lead byte, 2 after lead+digit, 3 after lead+digit+lead
  let gbState = 0;
  let gbFail: Failure | null = null;
  // Big5: after a lead byte?
  let b5Lead = false;
  let b5Fail: Failure | null = null;
  let pairs = 0; // two-byte characters (as Big5)
  let lowSecond = 0; // of them, second byte 0x40–0x7E

  const here = (): Failure => ({ byte: offset, line });

  function utf8(b: number) {
    if (u8fail) return;
    if (u8need > 0) {
      if (b < u8lo || b > u8hi) return void (u8fail = here());
      u8lo = 0x80;
      u8hi = 0xbf;
      if (--u8need === 0) u8chars++;
      return;
    }
    if (b < 0x80) return;
    if (b >= 0xc2 && b <= 0xdf) u8need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      u8need = 2;
      if (b === 0xe0) u8lo = 0xa0;
      if (b === 0xed) u8hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      u8need = 3;
      if (b === 0xf0) u8lo = 0x90;
      if (b === 0xf4) u8hi = 0x8f;
    } else u8fail = here();
  }

  function gb18030(b: number) {
    if (gbFail) return;
    const lead = b >= 0x81 && b <= 0xfe;
    const digit = b >= 0x30 && b <= 0x39;
    if (gbState === 0) {
      if (b === 0xff) gbFail = here();
      else if (lead) gbState = 1;
    } else if (gbState === 1) {
      if ((b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe)) gbState = 0;
      else if (digit) gbState = 2;
      else gbFail = here();
    } else if (gbState === 2) {
      if (lead) gbState = 3;
      else gbFail = here();
    } else {
      if (digit) gbState = 0;
      else gbFail = here();
    }
  }

  function big5(b: number) {
    if (b5Fail) return;
    if (b5Lead) {
      b5Lead = false;
      if (b >= 0x40 && b <= 0x7e) lowSecond++;
      else if (!(b >= 0xa1 && b <= 0xfe)) return void (b5Fail = here());
      pairs++;
    } else if (b >= 0x81 && b <= 0xfe) b5Lead = true;
    else if (b >= 0x80) b5Fail = here();
  }

  return {
    push(chunk: Uint8Array) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (offset < 4) head.push(b);
        if (b === 0 && offset < TEXT_CHECK_BYTES) nul = true;
        utf8(b);
        gb18030(b);
        big5(b);
        if (b === 0x0a) line++;
        offset++;
      }
    },

    verdict(): EncodingVerdict {
      const starts = (...p: number[]) => p.every((b, i) => head[i] === b);
      if (offset === 0) return { ok: false, reason: "empty" };
      if (starts(0x50, 0x4b, 0x03, 0x04)) return { ok: false, reason: "xlsx" };
      if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return { ok: false, reason: "utf16" };
      if (nul) return { ok: false, reason: "binary" };
      const end = here();
      if (!u8fail && u8need > 0) u8fail = end;
      if (!gbFail && gbState !== 0) gbFail = end;
      if (!b5Fail && b5Lead) b5Fail = end;
      if (!u8fail) return { ok: true, encoding: "utf-8" };
      if (u8chars >= UTF8_EVIDENCE) return { ok: false, reason: "broken", encoding: "utf-8", at: u8fail };
      if (!gbFail && !b5Fail) return { ok: true, encoding: lowSecond > pairs * 0.05 ? "big5" : "gb18030" };
      if (!gbFail) return { ok: true, encoding: "gb18030" };
      if (!b5Fail) return { ok: true, encoding: "big5" };
      const failures = { "utf-8": u8fail, gb18030: gbFail, big5: b5Fail };
      const best = (Object.keys(failures) as TextEncodingName[]).reduce((a, b) => (failures[b].byte > failures[a].byte ? b : a));
      return { ok: false, reason: "unknown", failures, best };
    },
  };
}
