// Inputs of the submit → review → accept loop.
import { z } from "zod";
import { MAX_NOTE_CHARS } from "@/lib/import/validate-row";
import { observationInput } from "./observation";
import { positiveId, requiredText } from "./fields";

export const SUBMISSION_STATUSES = ["submitted", "returned", "accepted", "withdrawn"] as const;

/** A figure as POST /api/v1/observations takes it, optionally for a monitoring round. */
export const entryInput = observationInput.extend({ roundId: positiveId.optional() });
export type EntryInput = z.output<typeof entryInput>;

export const submissionListQuery = z.object({
  round: positiveId.optional(),
  status: z.enum(SUBMISSION_STATUSES, { error: "status" }).optional(),
});
export type SubmissionListQuery = z.output<typeof submissionListQuery>;

/**
 * baseVersionId: the official version the reviewer saw beside the submitted figure
 * (null: none). Omitted: the one the submitter saw. Refused (409) when it is no longer current.
 */
export const submissionAccept = z.object({ baseVersionId: positiveId.nullable().optional() });
export type SubmissionAccept = z.output<typeof submissionAccept>;

export const submissionReturn = z.object({ comment: requiredText(MAX_NOTE_CHARS) });
export type SubmissionReturn = z.output<typeof submissionReturn>;
