import type { Dictionary } from "@/lib/i18n/dictionary";

/** Download links for a report's exports; `base` is the export endpoint (API or share). */
export function ExportLinks({ base, t }: { base: string; t: Dictionary["reports"] }) {
  const e = t.exports;
  return (
    <div className="export-links no-print" data-testid="export-links">
      <span className="muted small">{e.title}{t.colon}</span>
      <a className="button button--ghost" href={`${base}?format=csv`} download data-testid="export-csv">
        {e.csv}
      </a>
      <a className="button button--ghost" href={`${base}?format=xlsx`} download data-testid="export-xlsx">
        {e.xlsx}
      </a>
      <a className="button button--ghost" href={`${base}?format=pdf`} download data-testid="export-pdf">
        {e.pdf}
      </a>
    </div>
  );
}
