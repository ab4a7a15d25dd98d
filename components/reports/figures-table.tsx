import type { ReportFigure } from "@/lib/data/report-figures";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { figuresTableMarkup } from "@/components/reports/figures-table-markup";

/** Every figure with source and flags. In print the header row repeats on each page. */
export function FiguresTable({ figures, t, locale }: { figures: ReportFigure[]; t: Dictionary; locale: Locale }) {
  if (figures.length === 0) return <p className="empty">{t.reports.view.noFigures}</p>;
  // escaped as it is built (figures-table-markup.ts): sources and notes come from users
  return <div className="table-wrap" dangerouslySetInnerHTML={{ __html: figuresTableMarkup(figures, t, locale) }} />;
}
