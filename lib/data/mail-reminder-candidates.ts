import "server-only";
import { prisma } from "@/lib/db";
import { getRoundDetail } from "@/lib/data/round-completeness";
import type { ReminderCandidate } from "@/lib/mail/reminders";
import type { Actor } from "@/lib/permissions";

// Jobs run without a request: they read as a plain reader would.
const READER: Actor = { kind: "user", userId: 0, role: "viewer", name: "reminders", email: "", via: "token" };

/**
 * Every reporter of every active unit that still owes figures in an open round, one row
 * per round × unit × reporter. "Owes" is the round page's own reading (getRoundDetail):
 * missing or returned; a figure waiting for review is owed by the reviewer, not the unit.
 */
export async function listReminderCandidates(): Promise<ReminderCandidate[]> {
  const rounds = await prisma.round.findMany({
    where: { status: "open" },
    select: { id: true, plan: { select: { nameZh: true, nameEn: true } } },
    orderBy: { id: "asc" },
  });
  const out: ReminderCandidate[] = [];
  for (const round of rounds) {
    const detail = await getRoundDetail(READER, round.id);
    const owing = detail.units.filter((u) => u.unitId !== null && u.missing + u.returned > 0);
    if (owing.length === 0) continue;
    const reporters = await prisma.user.findMany({
      where: { role: "reporter", unitId: { in: owing.map((u) => u.unitId!) }, unit: { active: true } },
      select: { id: true, email: true, name: true, locale: true, mailReminders: true, active: true, unitId: true },
      orderBy: { id: "asc" },
    });
    for (const u of owing) {
      for (const r of reporters.filter((x) => x.unitId === u.unitId)) {
        out.push({
          roundId: round.id,
          roundName: detail.name,
          planNameZh: round.plan.nameZh,
          planNameEn: round.plan.nameEn,
          year: detail.year,
          dueDay: detail.dueDate,
          unitId: u.unitId!,
          unitNameZh: u.nameZh,
          unitNameEn: u.nameEn,
          total: u.total,
          missing: u.missing + u.returned,
          userId: r.id,
          email: r.email,
          name: r.name,
          locale: r.locale,
          mailReminders: r.mailReminders,
          active: r.active,
        });
      }
    }
  }
  return out;
}
