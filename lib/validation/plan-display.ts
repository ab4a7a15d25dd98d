// The plan's own display facts (Plan.clusterCode, comparisonRegionCodes, baselineCards):
// what the overview shows of the plan area as a whole. Read from the database's JSON column
// and written by the seed, both through this schema.
import { z } from "zod";

/** One headline card: an indicator of the whole plan area, its national share, and whether the comparison regions are shown beside it. */
const baselineCard = z.object({
  indicator: z.string().min(1),
  share: z.string().min(1).optional(),
  compare: z.boolean().optional(),
});
export type BaselineCard = z.output<typeof baselineCard>;

const baselineCards = z.array(baselineCard);

export interface PlanDisplayFacts {
  /** Region code of the whole plan area (a cluster region such as CHENGYU); null: none. */
  clusterCode: string | null;
  /** Regions the plan compares itself with, in the order shown. */
  comparisonRegionCodes: string[];
  baselineCards: BaselineCard[];
}

/** The JSON column as stored; anything malformed reads as no cards rather than breaking the page. */
export function readBaselineCards(json: unknown): BaselineCard[] {
  const parsed = baselineCards.safeParse(json);
  return parsed.success ? parsed.data : [];
}
