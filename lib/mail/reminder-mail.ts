// The reminder mail to a unit's reporter, in the recipient's language. Pure.
import { fill, formatDay, render, stringsFor, type Block, type MailContent } from "./message";
import type { PlannedReminder } from "./reminders";

/** `link`: where the reporter submits (the app's origin + path), when the origin is known. */
export function reminderMail(r: PlannedReminder, link?: string): MailContent {
  const s = stringsFor(r.locale);
  const c = r.candidate;
  const zh = r.locale === "zh";
  const v = {
    name: c.name,
    round: c.roundName,
    plan: zh ? c.planNameZh : c.planNameEn,
    year: String(c.year),
    due: formatDay(c.dueDay, r.locale),
    unit: zh ? c.unitNameZh : c.unitNameEn,
    total: String(c.total),
    missing: String(c.missing),
  };
  const before = r.phase === "before";
  const blocks: Block[] = [
    { p: fill(s.hello, v) },
    { p: fill(before ? s.reminderBefore : s.reminderOverdue, v) },
    ...(link ? [{ p: fill(s.open, { url: link }) }] : []),
    { p: s.reminderOff },
    { p: s.signature },
  ];
  return render(r.locale, fill(before ? s.reminderSubjectBefore : s.reminderSubjectOverdue, v), blocks);
}
