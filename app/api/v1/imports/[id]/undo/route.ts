import { z } from "zod";
import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/authorize";
import { undoImport } from "@/lib/data/import-undo";
import { parseInput } from "@/lib/validation/parse";
import { bigIdString } from "@/lib/validation/query-fields";

const undoParams = z.object({ id: bigIdString });
/** ?confirm=all, or series "gdp:510500:2018,…" changed since the import that may be restored anyway. */
const undoQuery = z.object({
  confirm: z
    .string()
    .max(20_000)
    .transform((v) =>
      v === "all"
        ? ("all" as const)
        : v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
    )
    .optional(),
});

/**
 * Undoes an import (its batch: the `batch` of the import's answer): each series back to
 * its version before the import, as new versions. 200 {restored, retracted, conflicts,
 * refused}: series changed since are listed and left alone unless confirmed.
 */
export const POST = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  authorize(actor, "observation.import");
  const { id } = parseInput(undoParams, params);
  const { confirm } = parseQuery(req, undoQuery);
  return json(await undoImport(actor, id, confirm ?? []));
});
