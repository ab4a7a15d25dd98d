"use client";
import { useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { COLUMN_ROLES, LAYOUTS } from "@/lib/import/yearbook/mapping-options";

/** What the dry run says about a yearbook table (the API's `table`). */
export interface TableInfo {
  layout: string;
  headerRow: number;
  columns: { letter: string; label: string; role: string }[];
  defaults: { region?: string; year?: number; indicator?: string; unit?: string; source?: string };
  mapping?: string;
}

/** The analyst's corrections, sent as the import's query parameters. */
export interface MappingDraft {
  layout?: string;
  headerRow?: string;
  columns?: Record<string, string>;
  indicator?: string;
  unit?: string;
  source?: string;
  region?: string;
  year?: string;
  saveMapping?: string;
}

/** The draft as query parameters (empty fields left out). */
export function mappingQuery(draft: MappingDraft): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ["layout", "headerRow", "indicator", "unit", "source", "region", "year", "saveMapping"] as const) {
    const v = draft[key]?.trim();
    if (v && !(key === "layout" && v === "auto")) out.push([key, v]);
  }
  const cols = Object.entries(draft.columns ?? {}).map(([letter, role]) => `${letter}:${role}`);
  if (cols.length > 0) out.push(["columns", cols.join(",")]);
  return out;
}

/**
 * The mapping step: the header row and layout the server read, what each column was read
 * as, and the table-wide indicator, unit, source, region and year, all correctable; the
 * analyst's choices can be saved under a name. "Apply" previews again with them.
 */
export function ImportMappingPanel({
  table,
  headerRow,
  t,
  initial,
  onApply,
  busy,
}: {
  table?: TableInfo;
  headerRow?: number;
  t: Dictionary["importTable"];
  initial: MappingDraft;
  onApply: (d: MappingDraft) => void;
  busy: boolean;
}) {
  const [draft, setDraft] = useState<MappingDraft>(initial);
  const set = (patch: Partial<MappingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: "indicator" | "unit" | "source" | "region" | "year" | "saveMapping", label: string, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        data-testid={`mapping-${key}`}
        value={draft[key] ?? ""}
        placeholder={key === "saveMapping" ? undefined : String(table?.defaults[key as keyof TableInfo["defaults"]] ?? "")}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {hint ? <span className="small muted">{hint}</span> : null}
    </label>
  );
  return (
    <section className="card form" data-testid="mapping-panel">
      <h2 className="card-title">{t.mappingTitle}</h2>
      <p className="muted small">
        {table ? fill(t.mappingIntro, { header: String(table.headerRow), layout: t.layouts[table.layout] ?? table.layout }) : t.mappingNeeded}
      </p>
      {table?.mapping ? (
        <p className="small" data-testid="mapping-applied">
          {fill(t.applied, { name: table.mapping })}
        </p>
      ) : null}
      <div className="button-row">
        <label className="field">
          <span>{t.layout}</span>
          <select data-testid="mapping-layout" value={draft.layout ?? "auto"} onChange={(e) => set({ layout: e.target.value })}>
            {["auto", ...LAYOUTS].map((l) => (
              <option key={l} value={l}>
                {t.layouts[l] ?? l}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.headerRow}</span>
          <input
            data-testid="mapping-headerRow"
            inputMode="numeric"
            size={4}
            value={draft.headerRow ?? ""}
            placeholder={String(table?.headerRow ?? headerRow ?? "")}
            onChange={(e) => set({ headerRow: e.target.value })}
          />
        </label>
      </div>
      {table && table.columns.length > 0 ? (
        <table className="data" data-testid="mapping-columns">
          <caption className="small muted">{t.columnsTitle}</caption>
          <thead>
            <tr>
              <th>{t.columnHeader}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {table.columns.map((c) => (
              <tr key={c.letter}>
                <td>{c.letter}</td>
                <td lang="zh-CN">{c.label}</td>
                <td>
                  <select
                    aria-label={`${t.columnHeader} ${c.letter}`}
                    data-testid={`mapping-column-${c.letter}`}
                    value={draft.columns?.[c.letter] ?? c.role}
                    onChange={(e) => set({ columns: { ...draft.columns, [c.letter]: e.target.value } })}
                  >
                    {COLUMN_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t.roles[r] ?? r}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {text("indicator", t.indicator)}
      {text("unit", t.unit)}
      {text("source", t.source)}
      {text("region", t.region)}
      {text("year", t.year)}
      {text("saveMapping", t.saveAs, t.saveAsHint)}
      <div className="button-row">
        <button className="button button--ghost" type="button" disabled={busy} data-testid="mapping-apply" onClick={() => onApply(draft)}>
          {t.apply}
        </button>
      </div>
    </section>
  );
}
