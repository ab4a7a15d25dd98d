// Bytes of a whole CSV in memory → text (the seed's sample file, small uploads in tests).
// The same whole-file rule as uploads (detect-encoding.ts): UTF-8 with or without BOM,
// else GBK/GB18030 or Big5, decoded strictly; the non-UTF-8 cases carry a note.

import type { Message } from "@/lib/i18n/message";
import { createEncodingDetector, type TextEncodingName } from "./detect-encoding";
import { encodingNote, refusal } from "./stream-decode";

export type TextEncodingUsed = TextEncodingName;

export type DecodeFailure = "empty" | "xlsx" | "utf16" | "binary" | "broken" | "unknown";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingUsed; note: Message | null }
  | { ok: false; reason: DecodeFailure; error: Message };

export function decodeText(bytes: Uint8Array): DecodeResult {
  const detector = createEncodingDetector();
  detector.push(bytes);
  const v = detector.verdict();
  if (!v.ok) return { ok: false, reason: v.reason, error: refusal(v) };
  let text: string;
  try {
    // fatal: a byte sequence valid in shape but unmapped is refused, never U+FFFD
    text = new TextDecoder(v.encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "unknown", error: refusal({ ok: false, reason: "binary" }) };
  }
  if (text.trim() === "") return { ok: false, reason: "empty", error: refusal({ ok: false, reason: "empty" }) };
  return { ok: true, text, encoding: v.encoding, note: encodingNote(v.encoding) };
}
