// Deterministic MailLog keys: the same mail (kind, occasion, recipient) always gets the
// same key, so the unique index on MailLog.key lets exactly one worker send it.

/** Which reminder of a round: ahead of its due date, or once it is overdue. */
export type ReminderPhase = "before" | "overdue";

/** `reminder:before:round-3:user-7`, `reminder:overdue:round-3:user-7`. */
export function reminderKey(phase: ReminderPhase, roundId: number, userId: number): string {
  return `reminder:${phase}:round-${roundId}:user-${userId}`;
}

/** `digest:2026-W48:user-7`: one digest per ISO week and user. */
export function digestKey(isoWeek: string, userId: number): string {
  return `digest:${isoWeek}:user-${userId}`;
}

/**
 * The ISO 8601 week of a calendar day (YYYY-MM-DD), as `2026-W48`. The week belongs to
 * the year of its Thursday, so 2027-01-01 (a Friday) is in 2026-W53 and 2024-12-30 in 2025-W01.
 */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
  const week = 1 + Math.floor((thursday.getTime() - firstMonday) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}
