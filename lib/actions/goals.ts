"use server";
// Server action of /goals: an analyst's assessment of one goal.
import { z } from "zod";
import { createAssessment } from "@/lib/data/assessments";
import { dictionary } from "@/lib/i18n/dictionary";
import { assessmentInput, parseEvidenceLines } from "@/lib/validation/assessment";
import { formObject } from "@/lib/validation/form-state";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

export type AssessmentFormState = ActionState;

const goalParams = z.object({ plan: z.string().max(64), goal: z.string().max(200) });

/** The goals page form: validate with the API's schema, record, refresh the page. */
export async function saveAssessment(prev: AssessmentFormState, fd: FormData): Promise<AssessmentFormState> {
  return runAction(prev, fd, {
    schema: assessmentInput,
    params: goalParams,
    read: (form) => {
      const raw = formObject(form);
      return { ...raw, evidence: parseEvidenceLines(String(raw.evidence ?? "")) };
    },
    permission: "assessment.write",
    run: async (actor, input, { plan, goal }) => {
      await createAssessment(actor, { planSlug: plan, goalKey: goal, input });
      return null;
    },
    revalidate: () => "/goals",
    // React resets the form after an action: a refused one comes back filled in
    echo: ["year", "rating", "narrative", "evidence"],
    fieldMessages: (locale) => dictionary[locale].progress.goals.form.errors,
  });
}
