// Stand-in for the early-warning list until lib/data/warnings.ts (listWarnings) lands:
// the targets judged off track or at risk. The round report calls only this function,
// so swapping in the real list is a one-line change there.
import type { DocEntryInput } from "./rows";

const WARNING_STATUSES = new Set(["off_track", "at_risk"]);

/** Off-track targets first, then at-risk ones, each in input order. */
export function deriveWarnings(inputs: DocEntryInput[]): DocEntryInput[] {
  const hits = inputs.filter((x) => WARNING_STATUSES.has(x.entry.status));
  return [...hits.filter((x) => x.entry.status === "off_track"), ...hits.filter((x) => x.entry.status === "at_risk")];
}
