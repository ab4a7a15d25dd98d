"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { createOutlookTargetAction, type CatalogueFormState } from "@/lib/actions/catalogue";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { FieldError, FormError } from "@/components/forms/field-error";

const initial: CatalogueFormState = idleState();

interface IndicatorOption {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
}

/** Admins enter a quantified target for the plan's outlook year (2030); the year is fixed. */
export function OutlookTargetForm(props: { plan: string; outlookYear: number; indicators: readonly IndicatorOption[]; t: Dictionary["planSettings"]; typeNames: Record<string, string>; locale: Locale }) {
  const { plan, outlookYear, indicators, t, typeNames, locale } = props;
  const [state, formAction, pending] = useActionState(createOutlookTargetAction, initial);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  const year = String(outlookYear);
  return (
    <form action={formAction} className="form card" data-testid="outlook-target-form">
      <h3>{fill(t.createOutlook, { year })}</h3>
      <p className="small muted">{fill(t.createOutlookIntro, { year })}</p>
      <input type="hidden" name="plan" value={plan} />
      <input type="hidden" name="year" value={year} />
      <label className="field">
        <span>{t.indicator}</span>
        <select name="indicator">
          {indicators.map((i) => (
            <option key={i.code} value={i.code}>
              {locale === "zh" ? i.nameZh : i.nameEn} ({formatUnit(i.unit, locale)})
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="indicator" />
      </label>
      <label className="field">
        <span>{t.region}</span>
        <input name="region" required />
        <FieldError errors={errors} name="region" />
      </label>
      <label className="field">
        <span>{t.value}</span>
        <input name="value" inputMode="decimal" required />
        <FieldError errors={errors} name="value" />
      </label>
      <label className="field">
        <span>{t.type}</span>
        <select name="type" defaultValue="min">
          {["min", "max", "approx"].map((k) => (
            <option key={k} value={k}>
              {typeNames[k] ?? k}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.clause}</span>
        <input name="clause" defaultValue={fill(t.clauseDefault, { year })} />
        <FieldError errors={errors} name="clause" />
      </label>
      <FormError message={state.status === "error" ? state.message : null} />
      {state.status === "done" ? (
        <p className="form-ok" role="status">
          {t.created}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {t.create}
        </button>
      </div>
    </form>
  );
}
