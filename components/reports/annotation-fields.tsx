"use client";
import type { BuilderAnnotation, BuilderOptions, BuilderText } from "@/components/reports/builder-types";

/** Commentary pinned to an indicator × region (× year), shown beside that chart. */
export function AnnotationFields({
  value,
  onChange,
  options,
  text,
}: {
  value: BuilderAnnotation[];
  onChange: (v: BuilderAnnotation[]) => void;
  options: BuilderOptions;
  text: BuilderText;
}) {
  const b = text.r.builder;
  const update = (i: number, patch: Partial<BuilderAnnotation>) => onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const add = () =>
    onChange([...value, { indicatorCode: options.indicators[0]?.code ?? "", regionAdcode: options.regions[0]?.adcode ?? "", year: "", body: "" }]);
  return (
    <fieldset className="builder-fieldset">
      <legend>{b.annotations}</legend>
      <p className="muted small">{b.annotationsHint}</p>
      {value.map((a, i) => (
        <div className="annotation-row" key={i} data-testid="annotation-row">
          <label className="field">
            <span>{text.common.indicator}</span>
            <select aria-label={text.common.indicator} value={a.indicatorCode} onChange={(e) => update(i, { indicatorCode: e.target.value })}>
              {options.indicators.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{text.common.region}</span>
            <select aria-label={text.common.region} value={a.regionAdcode} onChange={(e) => update(i, { regionAdcode: e.target.value })}>
              {options.regions.map((o) => (
                <option key={o.adcode} value={o.adcode}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field annotation-row__year">
            <span>{b.annotationYear}</span>
            <input type="number" min={1900} max={2100} value={a.year} onChange={(e) => update(i, { year: e.target.value })} />
          </label>
          <label className="field annotation-row__body">
            <span>{b.annotationBody}</span>
            <textarea rows={2} value={a.body} onChange={(e) => update(i, { body: e.target.value })} />
          </label>
          <button type="button" className="link-button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {b.removeAnnotation}
          </button>
        </div>
      ))}
      <button type="button" className="button button--ghost" onClick={add} data-testid="add-annotation">
        {b.addAnnotation}
      </button>
    </fieldset>
  );
}
