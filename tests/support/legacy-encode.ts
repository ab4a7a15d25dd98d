// Encoders for GBK and Big5 test files: Node's TextEncoder only writes UTF-8, so the
// byte pairs are found by decoding every two-byte code once (a few ms).

const tables = new Map<string, Map<string, number[]>>();

function table(encoding: "gb18030" | "big5"): Map<string, number[]> {
  let t = tables.get(encoding);
  if (t) return t;
  t = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && !t.has(ch)) t.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  tables.set(encoding, t);
  return t;
}

/** `text` in GBK or Big5; throws on a character the encoding lacks. */
export function encodeLegacy(text: string, encoding: "gb18030" | "big5"): Uint8Array {
  const t = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = t.get(ch);
      if (!pair) throw new Error(`${encoding} has no ${ch}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}
