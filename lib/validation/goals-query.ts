import { z } from "zod";
import { asOfParam } from "@/lib/validation/progress-query";

// Query of GET /api/v1/goals and the goals page.
export const goalsQuery = z.object({
  plan: z.string().trim().min(1).max(64).optional(),
  asOf: asOfParam.optional(),
});
