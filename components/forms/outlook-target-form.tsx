"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { createOutlookTargetAction, type CatalogueFormState } from "@/lib/actions/catalogue";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatUnit } from "@/lib/format";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";
import { TargetTypeSelect } from "@/components/forms/target-type-select";

const initial: CatalogueFormState = idleState();

interface IndicatorOption {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
}

/** Admins enter a quantified target for the plan's outlook year (2030); the year is fixed. */
export function OutlookTargetForm(props: {
  plan: string;
  outlookYear: number;
  indicators: readonly IndicatorOption[];
  t: Dictionary["planSettings"];
  typeNames: Record<string, string>;
  locale: Locale;
}) {
  const { plan, outlookYear, indicators, t, typeNames, locale } = props;
  const [state, formAction, pending] = useActionState(createOutlookTargetAction, initial);
  const errors = fieldErrorsOf(state);
  const year = String(outlookYear);
  return (
    <form action={formAction} className="form card" data-testid="outlook-target-form">
      <h3>{fill(t.createOutlook, { year })}</h3>
      <p className="small muted">{fill(t.createOutlookIntro, { year })}</p>
      <input type="hidden" name="plan" value={plan} />
      <input type="hidden" name="year" value={year} />
      <Field label={t.indicator} name="indicator" errors={errors}>
        <select name="indicator">
          {indicators.map((i) => (
            <option key={i.code} value={i.code}>
              {locale === "zh" ? i.nameZh : i.nameEn} ({formatUnit(i.unit, locale)})
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.region} name="region" errors={errors}>
        <input name="region" required />
      </Field>
      <Field label={t.value} name="value" errors={errors}>
        <input name="value" inputMode="decimal" required />
      </Field>
      <TargetTypeSelect label={t.type} typeNames={typeNames} defaultValue="min" />
      <Field label={t.clause} name="clause" errors={errors}>
        <input name="clause" defaultValue={fill(t.clauseDefault, { year })} />
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.created}</FormOk> : null}
      <SubmitRow pending={pending} label={t.create} />
    </form>
  );
}
