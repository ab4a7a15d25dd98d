"use client";
import type { EntryGrid } from "@/lib/data/entry-grid";
import type { EntryStrings } from "@/components/forms/entry-strings";
import type { Locale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/format";

export interface CellRef {
  adcode: string;
  year: number;
}

/** Regions × years; each cell a button showing the current value (in the indicator's unit) and a flag marker. */
export function EntryGridTable({
  grid,
  selected,
  onSelect,
  t,
  locale,
}: {
  grid: EntryGrid;
  selected: CellRef | null;
  onSelect: (c: CellRef) => void;
  t: EntryStrings;
  locale: Locale;
}) {
  return (
    <div className="table-wrap">
      <table className="data entry-grid" data-testid="entry-grid">
        <thead>
          <tr>
            <th scope="col">{t.entry.region}</th>
            {grid.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.region.adcode}>
              <th scope="row" className="entry-grid__region">
                {locale === "zh" ? row.region.nameZh : row.region.nameEn}
                {row.targets.map((tg) => (
                  <span key={tg.year} className="tag" title={`${t.entry.targetTag} ${tg.year}: ${t.targetTypes[tg.type] ?? ""} ${tg.value}`}>
                    {t.entry.targetTag} {tg.year}
                  </span>
                ))}
              </th>
              {row.cells.map((cell, i) => {
                const year = grid.years[i]!;
                const isSelected = selected?.adcode === row.region.adcode && selected.year === year;
                const flags = cell?.kind === "value" ? cell.flags.map((f) => t.flags[f] ?? f) : [];
                return (
                  <td key={year} className="num entry-grid__cell">
                    <button
                      type="button"
                      className={`cell-button${isSelected ? " is-selected" : ""}${cell?.kind === "retraction" ? " is-retracted" : ""}`}
                      data-testid={`cell-${row.region.adcode}-${year}`}
                      aria-pressed={isSelected}
                      // the accessible name starts with what the cell shows (WCAG 2.5.3 label in name)
                      aria-label={[
                        cell?.kind === "value" ? formatNumber(cell.value, locale, 2) : cell?.kind === "retraction" ? t.entry.retractedCell : "",
                        `${locale === "zh" ? row.region.nameZh : row.region.nameEn} ${year}`,
                      ]
                        .filter(Boolean)
                        .join(", ")}
                      onClick={() => onSelect({ adcode: row.region.adcode, year })}
                    >
                      {cell === null ? "·" : cell.kind === "retraction" ? t.entry.retractedCell : formatNumber(cell.value, locale, 2)}
                      {flags.length > 0 ? (
                        <sup className="flag-marker" title={flags.join(", ")} aria-label={flags.join(", ")}>
                          ⚑
                        </sup>
                      ) : null}
                    </button>
                    {row.pending[i] !== null && row.pending[i] !== undefined ? (
                      <span
                        className="pending-marker"
                        data-testid={`pending-${row.region.adcode}-${year}`}
                        title={t.entry.pendingReviewTitle.replace("{value}", formatNumber(row.pending[i], locale, 2))}
                      >
                        {t.entry.pendingReview} {formatNumber(row.pending[i], locale, 2)}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
