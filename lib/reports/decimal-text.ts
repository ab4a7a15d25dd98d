// Decimal values travel as text between the database and exports, so that a figure
// leaves exactly as stored (no float rounding) and round-trips through the import.

/** "161.97000000" → "161.97", "-0.50" → "-0.5", "12.000" → "12". Non-numeric text is returned trimmed. */
export function normalizeDecimalText(text: string): string {
  const t = text.trim();
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(t);
  if (!m) return t;
  const sign = m[1]!;
  const int = m[2]!.replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const body = frac ? `${int}.${frac}` : int;
  return body === "0" ? "0" : sign + body;
}
