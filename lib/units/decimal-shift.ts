// Multiplying by a power of ten without float artefacts.
//
// 1619700 × 0.0001 in binary floating point gives 161.97000000000003. Instead we take
// the shortest decimal string that round-trips to the input double (what
// Number#toExponential() with no argument produces), move the decimal exponent, and
// parse that string back. Parsing is correctly rounded, so the result is the double
// nearest to the exact decimal answer: 1619700 人 → 161.97 万人, 5.09 万亿元 → 50900 亿元.
// No significant-digit rounding is involved, so nothing an analyst typed is lost.

/** value × 10^places, computed on the decimal representation. */
export function shiftDecimal(value: number, places: number): number {
  if (!Number.isFinite(value) || places === 0 || value === 0) return value;
  if (!Number.isInteger(places)) throw new RangeError(`places must be an integer, got ${places}`);
  const [mantissa, exponent] = value.toExponential().split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
