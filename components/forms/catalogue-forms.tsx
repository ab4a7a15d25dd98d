"use client";
import { useActionState, useState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { createIndicatorAction, updateTargetAction, type CatalogueFormState } from "@/lib/actions/catalogue";
import type { TargetSummary } from "@/lib/data/targets";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { FieldError } from "@/components/forms/field-error";

const initial: CatalogueFormState = idleState();
type Strings = Dictionary["admin"]["catalogue"];

function Outcome({ state, ok }: { state: CatalogueFormState; ok: string }) {
  if (state.status === "error" || (state.status === "invalid" && state.message)) {
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  }
  return state.status === "done" ? (
    <p className="form-ok" role="status">
      {ok}
    </p>
  ) : null;
}

/** Adds an indicator to the catalogue (admins and analysts). */
export function IndicatorForm({ t, attributes }: { t: Strings; attributes: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(createIndicatorAction, initial);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  const text = (name: "code" | "nameZh" | "nameEn" | "unit", hint?: string) => (
    <label className="field">
      <span>{t[name]}</span>
      <input name={name} placeholder={hint} required />
      <FieldError errors={errors} name={name} />
    </label>
  );
  return (
    <form action={formAction} className="form card" data-testid="indicator-form">
      <h3>{t.addIndicator}</h3>
      {text("code", t.codeHint)}
      {text("nameZh")}
      {text("nameEn")}
      {text("unit", t.unitHint)}
      <label className="field">
        <span>{t.definitionZh}</span>
        <textarea name="definitionZh" rows={2} />
      </label>
      <label className="field">
        <span>{t.definitionEn}</span>
        <textarea name="definitionEn" rows={2} />
      </label>
      <label className="field">
        <span>{t.attribute}</span>
        <select name="attribute" defaultValue="">
          <option value="">{t.none}</option>
          <option value="binding">{attributes.binding}</option>
          <option value="expected">{attributes.expected}</option>
        </select>
      </label>
      <Outcome state={state} ok={state.status === "done" ? fill(t.indicatorCreated, { code: state.data.label }) : ""} />
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}

/** Changes the value, type, tolerance, baseline or clause of one target (admins). */
export function TargetEditForm({ targets, t, typeNames, locale }: { targets: TargetSummary[]; t: Strings; typeNames: Record<string, string>; locale: Locale }) {
  const [state, formAction, pending] = useActionState(updateTargetAction, initial);
  const [id, setId] = useState(targets[0]?.id ?? 0);
  const target = targets.find((x) => x.id === id);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  const L = locale === "zh";
  return (
    <form action={formAction} className="form card" data-testid="target-form">
      <h3>{t.editTarget}</h3>
      <label className="field">
        <span>{t.target}</span>
        <select name="id" value={id} onChange={(e) => setId(Number(e.target.value))}>
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {L ? x.region.nameZh : x.region.nameEn} · {L ? x.indicatorNameZh : x.indicatorNameEn} · {x.year}
            </option>
          ))}
        </select>
      </label>
      {target ? (
        <div key={target.id} className="grid">
          <label className="field">
            <span>
              {t.value} ({formatUnit(target.unit, locale)})
            </span>
            <input name="value" defaultValue={String(target.value)} inputMode="decimal" />
            <FieldError errors={errors} name="value" />
          </label>
          <label className="field">
            <span>{t.type}</span>
            <select name="type" defaultValue={target.type}>
              {["min", "max", "approx"].map((k) => (
                <option key={k} value={k}>
                  {typeNames[k] ?? k}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.tolerance}</span>
            <input name="tolerancePct" defaultValue={target.tolerancePct ?? ""} inputMode="decimal" />
            <FieldError errors={errors} name="tolerancePct" />
          </label>
          <div className="form-row">
            <label className="field">
              <span>{t.baselineValue}</span>
              <input name="baselineValue" defaultValue={target.baseline?.value ?? ""} inputMode="decimal" />
            </label>
            <label className="field">
              <span>{t.baselineYear}</span>
              <input name="baselineYear" defaultValue={target.baseline?.year ?? ""} inputMode="numeric" />
            </label>
          </div>
          <FieldError errors={errors} name="baseline" />
          <label className="field">
            <span>{t.clause}</span>
            <input name="clause" defaultValue={target.clause} />
            <FieldError errors={errors} name="clause" />
          </label>
        </div>
      ) : null}
      <Outcome state={state} ok={t.targetSaved} />
      <div className="button-row">
        <button className="button" type="submit" disabled={pending || !target}>
          {pending ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
