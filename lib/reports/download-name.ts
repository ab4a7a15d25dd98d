// The name a downloaded export is saved under, read from the response's
// Content-Disposition (lib/data/report-export.ts writes an ASCII `filename` and the
// report title as RFC 5987 `filename*`): the title when present, else the ASCII name,
// else the fallback. Pure, so the client export button and its test share it.

export function downloadName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      const name = decodeURIComponent(star[1]!.trim());
      if (name) return name;
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2] ?? "").trim();
  return name || fallback;
}
