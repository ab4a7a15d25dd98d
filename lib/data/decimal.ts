// Decimal columns leave the data layer as plain numbers: every value this app stores
// has ≤ 15 significant digits, which a double represents exactly enough for display
// and arithmetic; the database keeps the exact Decimal.
export function toNumber(d: { toString(): string } | null | undefined): number {
  return d === null || d === undefined ? NaN : Number(d.toString());
}

export function toNumberOrNull(d: { toString(): string } | null | undefined): number | null {
  return d === null || d === undefined ? null : Number(d.toString());
}
