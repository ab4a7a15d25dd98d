"use client";
import { useActionState, useState } from "react";
import { fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { createIndicatorAction, updateTargetAction, type CatalogueFormState } from "@/lib/actions/catalogue";
import type { TargetSummary } from "@/lib/data/targets";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { FieldError, FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";
import { TargetTypeSelect } from "@/components/forms/target-type-select";

const initial: CatalogueFormState = idleState();
type Strings = Dictionary["admin"]["catalogue"];

function Outcome({ state, ok }: { state: CatalogueFormState; ok: string }) {
  if (state.status === "error" || state.status === "invalid") return <FormError message={state.message} />;
  return state.status === "done" ? <FormOk>{ok}</FormOk> : null;
}

/** Adds an indicator to the catalogue (admins and analysts). */
export function IndicatorForm({ t, attributes }: { t: Strings; attributes: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(createIndicatorAction, initial);
  const errors = fieldErrorsOf(state);
  const text = (name: "code" | "nameZh" | "nameEn" | "unit", hint?: string) => (
    <Field label={t[name]} name={name} errors={errors}>
      <input name={name} placeholder={hint} required />
    </Field>
  );
  return (
    <form action={formAction} className="form card" data-testid="indicator-form">
      <h3>{t.addIndicator}</h3>
      {text("code", t.codeHint)}
      {text("nameZh")}
      {text("nameEn")}
      {text("unit", t.unitHint)}
      <Field label={t.definitionZh}>
        <textarea name="definitionZh" rows={2} />
      </Field>
      <Field label={t.definitionEn}>
        <textarea name="definitionEn" rows={2} />
      </Field>
      <Field label={t.attribute}>
        <select name="attribute" defaultValue="">
          <option value="">{t.none}</option>
          <option value="binding">{attributes.binding}</option>
          <option value="expected">{attributes.expected}</option>
        </select>
      </Field>
      <Outcome state={state} ok={state.status === "done" ? fill(t.indicatorCreated, { code: state.data.label }) : ""} />
      <SubmitRow pending={pending} label={t.save} pendingLabel={t.saving} />
    </form>
  );
}

/** Changes the value, type, tolerance, baseline or clause of one target (admins). */
export function TargetEditForm({ targets, t, typeNames, locale }: { targets: TargetSummary[]; t: Strings; typeNames: Record<string, string>; locale: Locale }) {
  const [state, formAction, pending] = useActionState(updateTargetAction, initial);
  const [id, setId] = useState(targets[0]?.id ?? 0);
  const target = targets.find((x) => x.id === id);
  const [kind, setKind] = useState<string | null>(null);
  const shownKind = kind ?? target?.kind ?? "level";
  // a growth or reduction target's value is implied by its rate: the field is shown, not sent
  const implied = shownKind === "growth_rate" || shownKind === "reduction";
  const errors = fieldErrorsOf(state);
  const L = locale === "zh";
  return (
    <form action={formAction} className="form card" data-testid="target-form">
      <h3>{t.editTarget}</h3>
      <Field label={t.target}>
        <select
          name="id"
          value={id}
          onChange={(e) => {
            setId(Number(e.target.value));
            setKind(null);
          }}
        >
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {L ? x.region.nameZh : x.region.nameEn} · {L ? x.indicatorNameZh : x.indicatorNameEn} · {x.year}
            </option>
          ))}
        </select>
      </Field>
      {target ? (
        <div key={target.id} className="grid">
          <Field label={t.kind} name="kind" errors={errors}>
            <select name="kind" value={shownKind} onChange={(e) => setKind(e.target.value)}>
              {["level", "growth_rate", "reduction", "cumulative"].map((k) => (
                <option key={k} value={k}>
                  {t.kindNames[k] ?? k}
                </option>
              ))}
            </select>
          </Field>
          <Field label={`${t.value} (${formatUnit(target.unit, locale)})${implied ? ` · ${t.valueImplied}` : ""}`} name="value" errors={errors}>
            <input name="value" defaultValue={String(target.value)} inputMode="decimal" disabled={implied} />
          </Field>
          <Field label={t.rate} name="rate" errors={errors}>
            <input name="rate" defaultValue={target.rate ?? ""} inputMode="decimal" disabled={!implied} />
          </Field>
          <TargetTypeSelect label={t.type} typeNames={typeNames} defaultValue={target.type} />
          <Field label={t.tolerance} name="tolerancePct" errors={errors}>
            <input name="tolerancePct" defaultValue={target.tolerancePct ?? ""} inputMode="decimal" />
          </Field>
          <div className="form-row">
            <Field label={t.baselineValue}>
              <input name="baselineValue" defaultValue={target.baseline?.value ?? ""} inputMode="decimal" />
            </Field>
            <Field label={t.baselineYear}>
              <input name="baselineYear" defaultValue={target.baseline?.year ?? target.baselineYear ?? ""} inputMode="numeric" />
            </Field>
          </div>
          <FieldError errors={errors} name="baseline" />
          <Field label={t.clause} name="clause" errors={errors}>
            <input name="clause" defaultValue={target.clause} />
          </Field>
        </div>
      ) : null}
      <Outcome state={state} ok={t.targetSaved} />
      <SubmitRow pending={pending} label={t.save} pendingLabel={t.saving} disabled={!target} />
    </form>
  );
}
