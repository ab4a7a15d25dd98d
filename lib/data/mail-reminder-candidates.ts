import "server-only";
import { prisma } from "@/lib/db";
import type { ReminderCandidate } from "@/lib/mail/reminders";

/**
 * Every reporter of every unit with missing items in an open round, one row per round ×
 * unit × reporter, with the unit's item counts. A unit's items: the round's targets
 * assigned to it (RoundTarget ∩ TargetUnit, lead or support). Missing: neither a current
 * figure (not a retraction) for the target's indicator × region in the round's year, nor
 * an accepted submission for it in the round.
 *
 * Minimal query of its own for the reminders; the rounds feature's completeness
 * functions (lib/data/rounds*) count the same thing and may replace it on merge.
 */
export async function listReminderCandidates(): Promise<ReminderCandidate[]> {
  return prisma.$queryRaw<ReminderCandidate[]>`
    WITH items AS (
      SELECT DISTINCT r.id AS "roundId", tu."unitId", t."indicatorId", t."regionAdcode", r.year
      FROM "Round" r
      JOIN "RoundTarget" rt ON rt."roundId" = r.id
      JOIN "Target" t ON t.id = rt."targetId"
      JOIN "TargetUnit" tu ON tu."targetId" = t.id
      WHERE r.status = 'open'
    ), counts AS (
      SELECT i."roundId", i."unitId", count(*)::int AS total,
        (count(*) FILTER (WHERE
          NOT EXISTS (SELECT 1 FROM "Observation" o
                      WHERE o."indicatorId" = i."indicatorId" AND o."regionAdcode" = i."regionAdcode"
                        AND o.year = i.year AND o."isCurrent" AND o.kind = 'value')
          AND NOT EXISTS (SELECT 1 FROM "Submission" s
                      WHERE s."roundId" = i."roundId" AND s."indicatorId" = i."indicatorId"
                        AND s."regionAdcode" = i."regionAdcode" AND s.year = i.year AND s.status = 'accepted')
        ))::int AS missing
      FROM items i GROUP BY i."roundId", i."unitId"
    )
    SELECT c."roundId", r.name AS "roundName", p."nameZh" AS "planNameZh", p."nameEn" AS "planNameEn", r.year,
           to_char(r."dueDate", 'YYYY-MM-DD') AS "dueDay",
           c."unitId", un."nameZh" AS "unitNameZh", un."nameEn" AS "unitNameEn", c.total, c.missing,
           u.id AS "userId", u.email, u.name, u.locale, u."mailReminders", u.active
    FROM counts c
    JOIN "Round" r ON r.id = c."roundId"
    JOIN "Plan" p ON p.id = r."planId"
    JOIN "Unit" un ON un.id = c."unitId" AND un.active
    JOIN "User" u ON u."unitId" = c."unitId" AND u.role = 'reporter'
    WHERE c.missing > 0
    ORDER BY c."roundId", c."unitId", u.id`;
}
