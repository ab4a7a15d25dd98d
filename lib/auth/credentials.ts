import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { isThrottled, normalizeEmail, recordLoginAttempt } from "@/lib/auth/throttle";
import { writeAudit } from "@/lib/data/audit";

export const RATE_LIMITED_MESSAGE = {
  zh: "登录失败次数过多：该账户已被暂时锁定，请15分钟后再试。",
  en: "Too many failed sign-in attempts: this account is locked for 15 minutes. Try again later.",
};
export const BAD_CREDENTIALS_MESSAGE = { zh: "邮箱或密码不正确", en: "Wrong email or password" };

/**
 * Checks an email + password for both the login form and token requests. Throttled
 * accounts are refused before the password is even checked (so a correct guess during
 * the lock-out does not confirm itself).
 */
export async function verifyCredentials(emailRaw: string, password: string, via: "login" | "token") {
  const email = normalizeEmail(emailRaw);
  if (await isThrottled(email)) throw new AppError("RATE_LIMITED", RATE_LIMITED_MESSAGE);
  const user = await prisma.user.findUnique({ where: { email } });
  const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
  await recordLoginAttempt(email, ok);
  if (!ok || !user) {
    await writeAudit(null, { action: `${via}.failed`, entityType: "user", entityId: user ? String(user.id) : null, meta: { email } });
    throw new AppError("UNAUTHENTICATED", BAD_CREDENTIALS_MESSAGE);
  }
  await writeAudit(user.id, { action: via === "login" ? "login" : "token.login", entityType: "user", entityId: String(user.id) });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
