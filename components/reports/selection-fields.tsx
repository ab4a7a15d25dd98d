"use client";
import type { BuilderOptions, BuilderState, BuilderText } from "@/components/reports/builder-types";
import { LENSES } from "@/lib/validation/report";

type Set = <K extends keyof BuilderState>(key: K, value: BuilderState[K]) => void;

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Plan, indicators, regions, years, lens and chart choices. */
export function SelectionFields({
  state,
  set,
  options,
  text,
  errors,
}: {
  state: BuilderState;
  set: Set;
  options: BuilderOptions;
  text: BuilderText;
  errors: Record<string, string>;
}) {
  const b = text.r.builder;
  return (
    <fieldset className="builder-fieldset">
      <legend>{b.selection}</legend>
      <label className="field">
        <span>{b.plan}</span>
        <select name="plan" value={state.plan} onChange={(e) => set("plan", e.target.value)}>
          {options.plans.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>

      <div className="field">
        <span>
          {b.indicators} <small className="muted">{b.allHint}</small>
        </span>
        <div className="check-grid" data-testid="indicator-picker">
          {options.indicators.map((i) => (
            <label key={i.code} className="check">
              <input
                type="checkbox"
                checked={state.indicators.includes(i.code)}
                onChange={() => set("indicators", toggle(state.indicators, i.code))}
                value={i.code}
              />
              {i.name}
            </label>
          ))}
        </div>
        {errors["selection.indicators"] ? <small className="field-error">{errors["selection.indicators"]}</small> : null}
      </div>

      <div className="field">
        <span>
          {b.regions} <small className="muted">{b.allHint}</small>
        </span>
        <div className="check-grid check-grid--regions" data-testid="region-picker">
          {options.regions.map((r) => (
            <label key={r.adcode} className="check" title={`${r.adcode} · ${text.levels[r.level] ?? r.level}`}>
              <input
                type="checkbox"
                checked={state.regions.includes(r.adcode)}
                onChange={() => set("regions", toggle(state.regions, r.adcode))}
                value={r.adcode}
              />
              {r.name}
            </label>
          ))}
        </div>
      </div>

      <div className="field-row">
        <label className="field">
          <span>
            {b.years} · {b.yearFrom}
          </span>
          <input type="number" name="yearFrom" min={1900} max={2100} value={state.yearFrom} onChange={(e) => set("yearFrom", Number(e.target.value))} />
        </label>
        <label className="field">
          <span>{b.yearTo}</span>
          <input type="number" name="yearTo" min={1900} max={2100} value={state.yearTo} onChange={(e) => set("yearTo", Number(e.target.value))} />
        </label>
        <label className="field">
          <span>{b.lens}</span>
          <select name="lens" value={state.lens} onChange={(e) => set("lens", e.target.value as BuilderState["lens"])}>
            {LENSES.map((l) => (
              <option key={l} value={l}>
                {text.r.lenses[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors["selection.years.to"] ? <small className="field-error">{errors["selection.years.to"]}</small> : null}

      <div className="field">
        <span>{b.charts}</span>
        <div className="field-row">
          <label className="check">
            <input type="radio" name="chartKind" checked={state.chartKind === "series"} onChange={() => set("chartKind", "series")} />
            {b.chartKindSeries}
          </label>
          <label className="check">
            <input type="radio" name="chartKind" checked={state.chartKind === "table"} onChange={() => set("chartKind", "table")} />
            {b.chartKindTable}
          </label>
          <label className="check">
            <input type="checkbox" checked={state.showTrajectory} onChange={(e) => set("showTrajectory", e.target.checked)} />
            {b.showTrajectory}
          </label>
          <label className="check">
            <input type="checkbox" checked={state.showProjection} onChange={(e) => set("showProjection", e.target.checked)} />
            {b.showProjection}
          </label>
          <label className="check">
            <input type="checkbox" name="includeWarnings" checked={state.includeWarnings} onChange={(e) => set("includeWarnings", e.target.checked)} />
            {b.includeWarnings}
          </label>
        </div>
      </div>
    </fieldset>
  );
}
