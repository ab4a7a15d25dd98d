// Which recent data changes the overview shows first ("what changed"). Pure, so the order is tested on its own.

export interface ChangeCandidate {
  id: number;
  createdAt: Date;
  /** The value this version replaced; null when it replaced nothing (a first entry) or a retraction. */
  oldValue: number | null;
  /** null for a retraction. */
  newValue: number | null;
  /** true when this version superseded an earlier one. */
  revision: boolean;
}

/**
 * How big a change is, for ordering: a revision by its relative change |new − old| / |old|
 * (a change from 0 counts as infinite); a retraction of a value as a 100 % change; a first
 * entry has nothing to compare with and scores −1, so revisions always come first.
 */
export function changeMagnitude(c: ChangeCandidate): number {
  if (!c.revision) return -1;
  if (c.oldValue === null && c.newValue === null) return 0;
  if (c.oldValue === null || c.newValue === null) return 1;
  if (c.oldValue === c.newValue) return 0;
  if (c.oldValue === 0) return Number.POSITIVE_INFINITY;
  return Math.abs(c.newValue - c.oldValue) / Math.abs(c.oldValue);
}

/** The `limit` biggest changes, biggest first; ties go to the newer one (then the higher id). */
export function rankChanges<T extends ChangeCandidate>(items: T[], limit: number): T[] {
  return [...items].sort((a, b) => changeMagnitude(b) - changeMagnitude(a) || b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id).slice(0, limit);
}
