import "server-only";
import { prisma } from "@/lib/db";

// After 10 failed attempts for one account within 15 minutes, further attempts are
// refused until the window passes. Counted in PostgreSQL so all instances agree.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

export async function isThrottled(email: string, now = new Date()): Promise<boolean> {
  const failures = await prisma.loginAttempt.count({
    where: { email: normalizeEmail(email), succeeded: false, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
  });
  return failures >= MAX_FAILURES;
}

export async function recordLoginAttempt(email: string, succeeded: boolean): Promise<void> {
  await prisma.loginAttempt.create({ data: { email: normalizeEmail(email), succeeded } });
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
