// Characters no cell may hold. NUL cannot be stored by PostgreSQL at all (a 500 before
// this check); the other C0/C1 control characters and U+FFFE/U+FFFF only arrive through
// damaged files or a wrong encoding, and would be stored invisibly.

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; noncharacters.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;
// In one-line cells a tab or line break is a control character too.
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;

/** The first control character in `text` and its 1-based position in characters (code points), or null. */
export function controlCharacterIn(text: string, multiline: boolean): { char: string; position: number } | null {
  const re = multiline ? CONTROL_MULTILINE : CONTROL_ONE_LINE;
  const m = re.exec(text);
  if (!m) return null;
  return { char: m[0], position: [...text.slice(0, m.index)].length + 1 };
}

const NAMES: Record<number, string> = { 0: "NUL", 9: "TAB", 10: "LF", 13: "CR", 0x1b: "ESC", 0x7f: "DEL" };

/** "U+0000 (NUL)", "U+0007" */
export function describeCodePoint(char: string): string {
  const cp = char.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return NAMES[cp] ? `${hex} (${NAMES[cp]})` : hex;
}
