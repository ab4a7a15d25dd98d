"use server";
// Server actions of /admin/units, the target assignment form, /submissions and /review.
import { recordEntry } from "@/lib/data/submissions";
import { acceptSubmission, returnSubmission } from "@/lib/data/submission-review";
import { setTargetAssignment } from "@/lib/data/unit-assignments";
import { createUnit, updateUnit } from "@/lib/data/units";
import { idParam } from "@/lib/validation/account";
import { formObject } from "@/lib/validation/form-state";
import { entryInput, submissionAccept, submissionReturn } from "@/lib/validation/submissions";
import { targetAssignment, unitCreate, unitPatch } from "@/lib/validation/units";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

export type UnitFormState = ActionState<{ name: string }>;

export async function createUnitAction(prev: UnitFormState, fd: FormData): Promise<UnitFormState> {
  return runAction(prev, fd, {
    schema: unitCreate,
    permission: "unit.manage",
    run: async (actor, input) => ({ name: (await createUnit(actor, input)).nameZh }),
    revalidate: () => "/admin/units",
  });
}

export async function updateUnitAction(prev: UnitFormState, fd: FormData): Promise<UnitFormState> {
  return runAction(prev, fd, {
    schema: unitPatch,
    params: idParam,
    permission: "unit.manage",
    run: async (actor, patch, { id }) => ({ name: (await updateUnit(actor, id, patch)).nameZh }),
    revalidate: () => "/admin/units",
  });
}

export type AssignmentFormState = ActionState;

/** A target's lead unit ("" = none) and supporting units (checkboxes). */
export async function assignTargetAction(prev: AssignmentFormState, fd: FormData): Promise<AssignmentFormState> {
  return runAction(prev, fd, {
    schema: targetAssignment,
    params: idParam,
    read: (form) => {
      const o = formObject(form, ["supportUnitIds"]);
      return { ...o, leadUnitId: o.leadUnitId === "" || o.leadUnitId === undefined ? null : o.leadUnitId };
    },
    permission: "unit.manage",
    run: async (actor, input, { id }) => {
      await setTargetAssignment(actor, id, input);
      return null;
    },
    revalidate: () => "/indicators",
  });
}

export type SubmitFormState = ActionState<{ id: number | null; status: string }>;

/** A figure from /submissions: a submission for a reporter (recordEntry decides). */
export async function submitFigureAction(prev: SubmitFormState, fd: FormData): Promise<SubmitFormState> {
  return runAction(prev, fd, {
    schema: entryInput,
    read: (form) => {
      const o = formObject(form, ["flags"]);
      return { ...o, roundId: o.roundId || undefined };
    },
    permission: "submission.create",
    run: async (actor, input) => {
      const r = await recordEntry(actor, input);
      return r.kind === "submission" ? { id: r.id, status: r.status } : { id: null, status: r.status };
    },
    revalidate: () => "/submissions",
    echo: ["region", "indicator", "year", "value", "unit", "source", "note"],
  });
}

export type ReviewFormState = ActionState<{ status: string }>;

/** baseVersionId: the official version shown beside the figure ("none": there was none). */
export async function acceptSubmissionAction(prev: ReviewFormState, fd: FormData): Promise<ReviewFormState> {
  return runAction(prev, fd, {
    schema: submissionAccept,
    params: idParam,
    read: (form) => {
      const base = String(form.get("baseVersionId") ?? "");
      return { id: form.get("id") ?? "", baseVersionId: base === "" ? undefined : base === "none" ? null : base };
    },
    permission: "submission.review",
    run: async (actor, input, { id }) => ({ status: (await acceptSubmission(actor, id, input)).status }),
    revalidate: () => "/review",
  });
}

export async function returnSubmissionAction(prev: ReviewFormState, fd: FormData): Promise<ReviewFormState> {
  return runAction(prev, fd, {
    schema: submissionReturn,
    params: idParam,
    permission: "submission.review",
    run: async (actor, input, { id }) => ({ status: (await returnSubmission(actor, id, input)).status }),
    revalidate: () => "/review",
  });
}
