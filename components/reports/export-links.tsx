import { ExportButton } from "@/components/reports/export-button";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** Download links for a report's exports; `base` is the export endpoint (API or share). */
export function ExportLinks({ base, t }: { base: string; t: Dictionary["reports"] }) {
  const e = t.exports;
  const text = { generating: e.generating, downloaded: e.downloaded, exportFailed: e.exportFailed };
  return (
    <div className="export-links no-print" data-testid="export-links">
      <span className="muted small">
        {e.title}
        {t.colon}
      </span>
      <ExportButton href={`${base}?format=csv`} label={e.csv} testId="export-csv" text={text} />
      <ExportButton href={`${base}?format=xlsx`} label={e.xlsx} testId="export-xlsx" text={text} />
      <ExportButton href={`${base}?format=pdf`} label={e.pdf} testId="export-pdf" text={text} />
      <ExportButton href={`${base}?format=docx`} label={e.docx} testId="export-docx" text={text} />
    </div>
  );
}
