"use client";
import { useState } from "react";
import type { EntryGrid } from "@/lib/data/entry-grid";
import type { EntryStrings } from "@/components/forms/entry-strings";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { EntryGridTable, type CellRef } from "@/components/tables/entry-grid-table";
import { ObservationHistory } from "@/components/tables/observation-history";
import { ObservationForm } from "@/components/forms/observation-form";
import { RetractForm } from "@/components/forms/retract-form";

/** The grid and, beside it, the panel of the selected cell: its form, its history, retract. */
export function EntryWorkspace({ grid, t, locale }: { grid: EntryGrid; t: EntryStrings; locale: Locale }) {
  const [selected, setSelected] = useState<CellRef | null>(null);
  const row = selected ? grid.rows.find((r) => r.region.adcode === selected.adcode) : undefined;
  const cell = row && selected ? (row.cells[grid.years.indexOf(selected.year)] ?? null) : null;
  const name = (o: { nameZh: string; nameEn: string }) => (locale === "zh" ? o.nameZh : o.nameEn);
  return (
    <div className="entry-workspace">
      <div className="entry-workspace__grid">
        {grid.rows.length === 0 ? (
          <p className="empty">{t.entry.emptyGrid}</p>
        ) : (
          <EntryGridTable grid={grid} selected={selected} onSelect={setSelected} t={t} locale={locale} />
        )}
      </div>
      <aside className="card entry-panel" aria-live="polite" data-testid="entry-panel">
        {row && selected ? (
          <>
            <div className="entry-panel__head">
              <h2>
                {name(row.region)} · {selected.year}
              </h2>
              <button type="button" className="link-button" onClick={() => setSelected(null)}>
                {t.entry.close}
              </button>
            </div>
            <p className="muted small">
              {name(grid.indicator)} · {formatUnit(grid.indicator.unit, locale)}
            </p>
            <ObservationForm
              key={`${selected.adcode}|${selected.year}`}
              adcode={selected.adcode}
              year={selected.year}
              indicator={grid.indicator}
              cell={cell}
              t={t}
              locale={locale}
            />
            <h3>{t.entry.history.title}</h3>
            {cell ? (
              <>
                <ObservationHistory versionId={cell.id} t={t.entry.history} flagNames={t.flags} locale={locale} />
                {cell.kind === "value" ? <RetractForm key={cell.id} versionId={cell.id} t={t.entry.history} /> : null}
              </>
            ) : (
              <p className="muted small">{t.entry.history.empty}</p>
            )}
          </>
        ) : (
          <p className="muted">{t.entry.selectCell}</p>
        )}
      </aside>
    </div>
  );
}
