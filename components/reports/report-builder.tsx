"use client";
import { useActionState, useState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { saveReportAction, type ReportFormState } from "@/lib/actions/reports";
import { AnnotationFields } from "@/components/reports/annotation-fields";
import type { BuilderOptions, BuilderState, BuilderText } from "@/components/reports/builder-types";
import { CommentaryField } from "@/components/reports/commentary-field";
import { SelectionFields } from "@/components/reports/selection-fields";
import { beijingLocalToIso, isoToBeijingLocal } from "@/lib/reports/beijing-time";

interface Props {
  initial: BuilderState;
  /** Editing: the report and the version the edit starts from. */
  reportId?: number;
  version?: number;
  options: BuilderOptions;
  text: BuilderText;
}

/** The JSON the server action parses with reportCreateSchema / reportUpdateSchema. */
function payload(s: BuilderState, version: number | undefined) {
  return {
    ...(version ? { version } : {}),
    title: s.title,
    description: s.description,
    commentary: s.commentary,
    selection: {
      plan: s.plan,
      indicators: s.indicators,
      regions: s.regions,
      years: { from: s.yearFrom, to: s.yearTo },
      lens: s.lens,
      charts: { kind: s.chartKind, showTrajectory: s.showTrajectory, showProjection: s.showProjection },
      warnings: s.includeWarnings,
    },
    pinnedAt: s.pinned ? beijingLocalToIso(s.pinnedLocal) : null,
    visibility: s.visibility,
    annotations: s.annotations.map((a) => ({
      indicatorCode: a.indicatorCode,
      regionAdcode: a.regionAdcode,
      year: a.year.trim() ? Number(a.year) : null,
      body: a.body,
    })),
  };
}

export function ReportBuilder({ initial, reportId, version, options, text }: Props) {
  const [state, setState] = useState<BuilderState>(initial);
  const [result, formAction, pending] = useActionState<ReportFormState, FormData>(saveReportAction, idleState());
  const set = <K extends keyof BuilderState>(key: K, value: BuilderState[K]) => setState((s) => ({ ...s, [key]: value }));
  const b = text.r.builder;
  const errors = Object.fromEntries(Object.entries(result.status === "invalid" ? result.fieldErrors : {}).map(([k, v]) => [k, v.join("；")]));
  const conflict = result.status === "error" && result.code === "CONFLICT";
  return (
    <form action={formAction} className="form report-builder" data-testid="report-builder">
      <input type="hidden" name="payload" value={JSON.stringify(payload(state, version))} />
      {reportId ? <input type="hidden" name="id" value={reportId} /> : null}

      {result.status === "invalid" || result.status === "error" ? (
        <p className="form-error" role="alert" data-testid="builder-error">
          {conflict ? b.conflict : result.status === "error" ? result.message : b.invalid}
          {conflict ? (
            <>
              {" "}
              <a href={reportId ? `/reports/${reportId}/edit` : "/reports/new"}>{b.reload}</a>
            </>
          ) : null}
        </p>
      ) : null}

      <label className="field">
        <span>{b.titleLabel}</span>
        <input name="title" required maxLength={200} value={state.title} onChange={(e) => set("title", e.target.value)} />
        {errors.title ? <small className="field-error">{errors.title}</small> : null}
      </label>
      <label className="field">
        <span>{b.descriptionLabel}</span>
        <input name="description" maxLength={2000} value={state.description} onChange={(e) => set("description", e.target.value)} />
      </label>
      <CommentaryField value={state.commentary} onChange={(v) => set("commentary", v)} text={text} />

      <SelectionFields state={state} set={set} options={options} text={text} errors={errors} />

      <fieldset className="builder-fieldset">
        <legend>{b.moment}</legend>
        <label className="check">
          <input type="radio" name="moment" checked={!state.pinned} onChange={() => set("pinned", false)} data-testid="moment-live" />
          {b.momentLive}
        </label>
        <label className="check">
          <input type="radio" name="moment" checked={state.pinned} onChange={() => set("pinned", true)} data-testid="moment-pinned" />
          {b.momentPinned}
        </label>
        {state.pinned ? (
          <div className="field-row">
            <label className="field">
              <span>{b.pinnedAtLabel}</span>
              <input
                type="datetime-local"
                step={1}
                name="pinnedAt"
                value={state.pinnedLocal}
                onChange={(e) => set("pinnedLocal", e.target.value)}
                data-testid="pinned-at"
              />
            </label>
            <button type="button" className="button button--ghost" onClick={() => set("pinnedLocal", isoToBeijingLocal(new Date().toISOString()))}>
              {b.pinNow}
            </button>
          </div>
        ) : null}
        {errors.pinnedAt ? <small className="field-error">{errors.pinnedAt}</small> : null}
      </fieldset>

      <fieldset className="builder-fieldset">
        <legend>{b.visibilityLabel}</legend>
        {(["private", "team"] as const).map((v) => (
          <label className="check" key={v}>
            <input type="radio" name="visibility" checked={state.visibility === v} onChange={() => set("visibility", v)} data-testid={`visibility-${v}`} />
            {text.r.visibility[v]}
          </label>
        ))}
      </fieldset>

      <AnnotationFields value={state.annotations} onChange={(v) => set("annotations", v)} options={options} text={text} />

      <div className="form-actions">
        <button className="button" type="submit" disabled={pending} data-testid="save-report">
          {pending ? b.saving : b.save}
        </button>
        <a className="button button--ghost" href={reportId ? `/reports/${reportId}` : "/reports"}>
          {b.cancel}
        </a>
      </div>
    </form>
  );
}
