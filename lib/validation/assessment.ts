import { z } from "zod";
import { isHttpUrl } from "@/lib/util/url";

// An analyst's assessment of a goal for a year. One schema for the form (server action)
// and POST /api/v1/goals/{key}/assessments.

export const ASSESSMENT_RATINGS = ["good", "basically_on_track", "lagging", "seriously_lagging"] as const;

const evidenceLink = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(200),
  url: z.string().trim().max(2000).refine(isHttpUrl, { error: "httpUrl" }),
});

export const assessmentInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  rating: z.enum(ASSESSMENT_RATINGS),
  narrative: z.string().trim().min(1, { error: "required" }).max(5000),
  evidence: z.array(evidenceLink).max(20).default([]),
});

export type AssessmentInput = z.infer<typeof assessmentInput>;

/**
 * The form's evidence box: one link per line, "title | url" (or just a URL, which then
 * serves as its own title). Blank lines are skipped; anything else is passed on as is so
 * the schema reports a bad URL instead of silently dropping it.
 */
export function parseEvidenceLines(text: string): { title: string; url: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const bar = line.lastIndexOf("|");
      if (bar === -1) return { title: line, url: line };
      return { title: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });
}
