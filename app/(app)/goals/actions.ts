"use server";

import { revalidatePath } from "next/cache";
import { getRequestActor } from "@/lib/auth/page-actor";
import { createAssessment } from "@/lib/data/assessments";
import { AppError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n/dictionary";
import { getLocale } from "@/lib/i18n/server-locale";
import { assessmentInput, parseEvidenceLines } from "@/lib/validation/assessment";

export interface AssessmentFormState {
  status: "idle" | "saved" | "invalid" | "error";
  /** Counts submissions: the form remounts on each, so selects show `values` too. */
  attempt: number;
  message?: string;
  /** First error per field: year, rating, narrative, evidence. */
  fieldErrors?: Partial<Record<string, string>>;
  /** What was submitted, so a refused form comes back filled in (React resets forms after an action). */
  values?: { year: string; rating: string; narrative: string; evidence: string };
}

const field = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};

/** The goals page form: validate with the API's schema, record, refresh the page. */
export async function saveAssessment(prev: AssessmentFormState, fd: FormData): Promise<AssessmentFormState> {
  const locale = await getLocale();
  const attempt = prev.attempt + 1;
  const values = { year: field(fd, "year"), rating: field(fd, "rating"), narrative: field(fd, "narrative"), evidence: field(fd, "evidence") };
  const parsed = assessmentInput.safeParse({
    year: field(fd, "year"),
    rating: field(fd, "rating"),
    narrative: field(fd, "narrative"),
    evidence: parseEvidenceLines(field(fd, "evidence")),
  });
  if (!parsed.success) {
    const messages: Record<string, string> = dictionary[locale].progress.goals.form.errors;
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      fieldErrors[key] ??= messages[key] ?? issue.message;
    }
    return { status: "invalid", attempt, fieldErrors, values };
  }
  try {
    const actor = await getRequestActor();
    await createAssessment(actor, { planSlug: field(fd, "plan"), goalKey: field(fd, "goal"), input: parsed.data });
  } catch (e) {
    if (e instanceof AppError) return { status: "error", attempt, message: e.detail[locale], values };
    throw e;
  }
  revalidatePath("/goals");
  return { status: "saved", attempt };
}
