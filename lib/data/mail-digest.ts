import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listDigestWarnings, type WarningScope } from "@/lib/data/mail-digest-warnings";
import { getRecentChanges } from "@/lib/data/recent-changes";
import type { DigestContent, DigestReviewItem } from "@/lib/mail/digest-mail";
import type { Actor, Role } from "@/lib/permissions";
import { chinaDay } from "@/lib/validation/as-of";

/** A digest recipient, as the digest job reads it. */
export interface DigestRecipient {
  id: number;
  email: string;
  name: string;
  role: Role;
  locale: string;
  unitId: number | null;
}

const WEEK_MS = 7 * 86_400_000;
/** items listed per section; the rest are counted */
const LISTED = 5;

/** Active users who want the weekly digest. */
export async function listDigestRecipients(): Promise<DigestRecipient[]> {
  return prisma.user.findMany({
    where: { active: true, mailDigest: true },
    select: { id: true, email: true, name: true, role: true, locale: true, unitId: true },
    orderBy: { id: "asc" },
  });
}

const reviewer = (role: Role) => role === "admin" || role === "analyst";

/**
 * What the digest of `user` says for the 7 days up to `now`: data changes (counts of
 * observation versions and other audited actions, the biggest changes), what waits for
 * the user (reviewers: submitted figures; reporters: their unit's returned figures not
 * yet answered), and the early warnings of their scope. Read as the user: they see only
 * what they may read.
 */
export async function getDigestContent(user: DigestRecipient, now: Date): Promise<DigestContent> {
  const actor: Actor = { kind: "user", userId: user.id, role: user.role, name: user.name, email: user.email, via: "session" };
  const since = new Date(now.getTime() - WEEK_MS);
  const [counts] = await prisma.$queryRaw<{ versions: number; series: number; other: number }[]>`
    SELECT (SELECT count(*) FROM "Observation" WHERE "createdAt" >= ${since} AND "createdAt" < ${now})::int AS versions,
           (SELECT count(DISTINCT ("indicatorId", "regionAdcode")) FROM "Observation" WHERE "createdAt" >= ${since} AND "createdAt" < ${now})::int AS series,
           (SELECT count(*) FROM "AuditLog" WHERE "createdAt" >= ${since} AND "createdAt" < ${now}
              AND action NOT LIKE 'observation.%' AND action NOT LIKE 'seed.%')::int AS other`;
  const top = counts!.versions > 0 ? await getRecentChanges(actor, { now, days: 7, limit: LISTED }) : [];
  const scope: WarningScope = reviewer(user.role) ? { all: true } : { all: false, unitId: user.unitId };
  const [review, warnings] = await Promise.all([reviewQueue(user), listDigestWarnings(scope)]);
  return {
    from: chinaDay(since),
    to: chinaDay(now),
    changes: {
      ...counts!,
      top: top.map((c) => ({
        indicatorZh: c.indicator.nameZh,
        indicatorEn: c.indicator.nameEn,
        regionZh: c.region.nameZh,
        regionEn: c.region.nameEn,
        year: c.year,
        unit: c.indicator.unit,
        oldValue: c.oldValue,
        newValue: c.newValue,
      })),
    },
    review,
    warnings: { count: warnings.length, items: warnings.slice(0, LISTED) },
  };
}

interface QueueRow {
  n: number;
  indicatorZh: string;
  indicatorEn: string;
  regionZh: string;
  regionEn: string;
  year: number;
  value: string;
  unit: string;
  comment: string | null;
}

/** Reviewers: every submitted figure. Reporters: their unit's returned figures that no newer submission answers. */
async function reviewQueue(user: DigestRecipient): Promise<DigestContent["review"]> {
  const kind = reviewer(user.role) ? "reviewer" : user.role === "reporter" && user.unitId !== null ? "reporter" : "none";
  if (kind === "none") return { kind, count: 0, items: [] };
  const where =
    kind === "reviewer"
      ? Prisma.sql`s.status = 'submitted'`
      : Prisma.sql`s.status = 'returned' AND s."unitId" = ${user.unitId} AND NOT EXISTS (SELECT 1 FROM "Submission" n WHERE n."replacesId" = s.id)`;
  const rows = await prisma.$queryRaw<QueueRow[]>`
    SELECT count(*) OVER ()::int AS n, i."nameZh" AS "indicatorZh", i."nameEn" AS "indicatorEn", g."nameZh" AS "regionZh", g."nameEn" AS "regionEn",
           s.year, s.value::text AS value, i.unit, s."reviewComment" AS comment
    FROM "Submission" s
    JOIN "Indicator" i ON i.id = s."indicatorId"
    JOIN "Region" g ON g.adcode = s."regionAdcode"
    WHERE ${where}
    ORDER BY s."createdAt", s.id
    LIMIT ${LISTED}`;
  const items: DigestReviewItem[] = rows.map(({ n: _n, value, comment, ...r }) => ({
    ...r,
    value: Number(value),
    comment: kind === "reporter" ? comment : null,
  }));
  return { kind, count: rows[0]?.n ?? 0, items };
}
