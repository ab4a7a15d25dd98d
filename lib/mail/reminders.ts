// Which round reminders go to whom, decided from plain rows (the query is
// lib/data/mail-reminder-candidates.ts). Pure: days are China calendar days, YYYY-MM-DD.
import { reminderKey, type ReminderPhase } from "./keys";
import { mailLocale, type MailLocale } from "./locale";

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The reminder a round is due for on `today`: "before" from `daysBefore` days before the
 * due day up to the due day itself, "overdue" from the day after it; null earlier. The
 * check runs hourly and each (phase, round, user) mail is sent once (its MailLog key),
 * so a window rather than one exact day: a check missed on the day (an outage, a round
 * opened 3 days before its due date) still sends it, never twice.
 */
export function reminderPhase(dueDay: string, today: string, daysBefore: number): ReminderPhase | null {
  if (today > dueDay) return "overdue";
  if (today >= addDays(dueDay, -daysBefore)) return "before";
  return null;
}

/** A reporter of a unit that has items in an open round (one row per round × unit × reporter). */
export interface ReminderCandidate {
  roundId: number;
  roundName: string;
  planNameZh: string;
  planNameEn: string;
  year: number;
  dueDay: string;
  unitId: number;
  unitNameZh: string;
  unitNameEn: string;
  /** the unit's items in the round, and how many it still owes (missing or returned, as the round page counts) */
  total: number;
  missing: number;
  userId: number;
  email: string;
  name: string;
  locale: string;
  mailReminders: boolean;
  active: boolean;
}

export interface PlannedReminder {
  key: string;
  phase: ReminderPhase;
  userId: number;
  to: string;
  locale: MailLocale;
  candidate: ReminderCandidate;
}

/**
 * The reminders to send on `today`: one per reporter of each unit that still misses
 * items in a round that is in a reminder window; users who turned reminders off, and
 * inactive users, get none. In key order (stable for tests and logs).
 */
export function selectReminders(candidates: readonly ReminderCandidate[], today: string, daysBefore: number): PlannedReminder[] {
  const out = new Map<string, PlannedReminder>();
  for (const c of candidates) {
    if (c.missing <= 0 || !c.mailReminders || !c.active) continue;
    const phase = reminderPhase(c.dueDay, today, daysBefore);
    if (!phase) continue;
    const key = reminderKey(phase, c.roundId, c.userId);
    if (!out.has(key)) out.set(key, { key, phase, userId: c.userId, to: c.email, locale: mailLocale(c.locale), candidate: c });
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
