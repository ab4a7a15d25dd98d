"use client";
import { startTransition, useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { idleState } from "@/lib/actions/action-state";
import { saveObservationAction, type EntryFormState } from "@/lib/actions/entry";
import type { EntryCell } from "@/lib/data/entry-grid";
import type { EntryStrings } from "@/components/forms/entry-strings";
import type { ObservationVersion } from "@/lib/data/observation-versions";
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/i18n/dictionary";
import { FLAGS } from "@/lib/progress/flags";
import { formatDateTime, formatValue, formatUnit } from "@/lib/format";
import { useHydrated } from "./use-hydrated";
import { FieldError, FormError } from "@/components/forms/field-error";

interface Props {
  adcode: string;
  year: number;
  indicator: { code: string; unit: string; acceptedUnits: string[] };
  cell: EntryCell | null;
  t: EntryStrings;
  locale: Locale;
}

const initial: EntryFormState = idleState();

/** A figure's value as the form edits it: in the indicator's unit, plain digits (no grouping). */
function inIndicatorUnit(v: { value: number | null } | null): string {
  return v?.value == null ? "" : String(v.value);
}

/**
 * One observation: value, unit (converted on save), source, note, flags. Carries the
 * version it started from; a plausibility warning asks for confirmation, a conflict shows
 * the other person's value and lets the analyst keep theirs or take the other.
 */
export function ObservationForm({ adcode, year, indicator, cell, t, locale }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(saveObservationAction, initial);
  const hydrated = useHydrated();
  const current = cell?.kind === "value" ? cell : null;
  // The form opens in the unit the grid shows (the indicator's), never in the unit the
  // figure was first entered in: a cell imported as 1,370,000 人 opens as 137 万人, so
  // typing 137.5 means 137.5 万人. The figure as entered is shown beside it.
  const [value, setValue] = useState(inIndicatorUnit(current));
  const [unit, setUnit] = useState(indicator.unit);
  const [source, setSource] = useState(cell?.source ?? "");
  const [note, setNote] = useState(current?.note ?? "");
  const [flags, setFlags] = useState<string[]>(current?.flags ?? []);
  const [dismissed, setDismissed] = useState<EntryFormState | null>(null);
  const f = t.entry.form;
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  const done = state.status === "done" ? state.data : null;
  const confirm = done?.kind === "confirm" ? done : null;
  const saved = done?.kind === "saved" ? done : null;
  const submitted = done?.kind === "submitted" ? done : null;
  // a refused save that names the version someone else saved meanwhile
  const conflict = state.status === "error" && state.code === "CONFLICT" ? { message: state.message, current: state.extra ?? null } : null;
  const units = indicator.acceptedUnits.includes(unit) || unit === "" ? indicator.acceptedUnits : [unit, ...indicator.acceptedUnits];

  function takeTheirs(theirs: ObservationVersion) {
    setValue(inIndicatorUnit(theirs));
    setUnit(indicator.unit);
    setSource(theirs.source);
    setNote(theirs.note ?? "");
    setFlags(theirs.flags);
    setDismissed(state);
    router.refresh();
  }

  // submitted by hand rather than <form action>: React would reset the form after the
  // action, losing the analyst's unit and flags while a warning or conflict is shown
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    startTransition(() => formAction(new FormData(e.currentTarget, submitter)));
  }

  return (
    <form onSubmit={onSubmit} className="form observation-form" data-testid="observation-form">
      <input type="hidden" name="region" value={adcode} />
      <input type="hidden" name="indicator" value={indicator.code} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="baseVersionId" value={cell ? String(cell.id) : "none"} />
      <div className="form-row">
        <label className="field">
          <span>{f.value}</span>
          <input name="value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required autoFocus />
          <FieldError errors={errors} name="value" />
        </label>
        <label className="field">
          <span>{f.unit}</span>
          <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            {units.map((u) => (
              <option key={u} value={u}>
                {formatUnit(u, locale)}
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="unit" />
        </label>
      </div>
      {current?.value != null && current.valueAsEntered ? (
        <p className="small muted" data-testid="current-figure">
          {fill(f.current, {
            value: formatValue(current.value, indicator.unit, locale, 8),
            entered: `${current.valueAsEntered} ${current.unitAsEntered ? formatUnit(current.unitAsEntered, locale) : formatUnit(indicator.unit, locale)}`,
          })}
        </p>
      ) : null}
      <label className="field">
        <span>{f.source}</span>
        <input name="source" value={source} onChange={(e) => setSource(e.target.value)} placeholder={f.sourceHint} required />
        <FieldError errors={errors} name="source" />
      </label>
      <label className="field">
        <span>{f.note}</span>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <FieldError errors={errors} name="note" />
      </label>
      <fieldset className="field flag-choices">
        <legend>{f.flags}</legend>
        {FLAGS.map((flag) => (
          <label key={flag} className="checkbox">
            <input
              type="checkbox"
              name="flags"
              value={flag}
              checked={flags.includes(flag)}
              onChange={(e) => setFlags(e.target.checked ? [...flags, flag] : flags.filter((x) => x !== flag))}
            />
            {t.flags[flag] ?? flag}
          </label>
        ))}
      </fieldset>
      <FieldError errors={errors} name="region" />
      <FieldError errors={errors} name="year" />
      {state.status === "invalid" ? <p className="form-error">{state.message || f.fixErrors}</p> : null}
      <FormError message={state.status === "error" && !conflict ? state.message : null} />
      {confirm ? (
        <div className="form-warning" role="alert" data-testid="plausibility-warning">
          <strong>{f.confirmTitle}</strong>
          <ul>
            {confirm.warnings.map((w) => (
              <li key={w.en}>{w[locale]}</li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" name="confirm" /> {f.confirmAnyway}
          </label>
        </div>
      ) : null}
      {conflict && state !== dismissed ? (
        <div className="form-warning" role="alert" data-testid="conflict">
          <strong>{f.conflictTitle}</strong>
          {conflict.current ? (
            <p>
              {fill(conflict.current.kind === "retraction" ? f.conflictRetracted : f.conflictBody, {
                who: conflict.current.createdBy?.name ?? f.someone,
                when: formatDateTime(conflict.current.createdAt, locale),
                value: formatValue(conflict.current.value, conflict.current.unit, locale, 4),
                version: String(conflict.current.version),
              })}
            </p>
          ) : (
            <p>{conflict.message}</p>
          )}
          <div className="button-row">
            {conflict.current ? (
              <button className="button" type="submit" name="overrideBase" value={String(conflict.current.id)} disabled={pending}>
                {f.keepMine}
              </button>
            ) : null}
            {conflict.current ? (
              <button className="button button--ghost" type="button" onClick={() => takeTheirs(conflict.current!)}>
                {f.takeTheirs}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      {submitted ? (
        <p className="form-ok" role="status" data-testid="submitted-for-review">
          {f.submittedForReview}
        </p>
      ) : null}
      {saved ? (
        <p className="form-ok" role="status" data-testid="saved">
          {saved.unchanged ? f.unchanged : fill(f.saved, { version: String(saved.version) })}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button" type="submit" disabled={pending || !hydrated}>
          {pending ? f.saving : f.save}
        </button>
      </div>
    </form>
  );
}
