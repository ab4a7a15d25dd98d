import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { admitLoginAttempt, normalizeEmail, settleLoginAttempt } from "@/lib/auth/throttle";
import { writeAudit } from "@/lib/data/audit";

const BAD_CREDENTIALS_MESSAGE = { zh: "邮箱或密码不正确", en: "Wrong email or password" };

// A real argon2id hash, with the parameters hashPassword uses (19 MiB, 2 passes), of
// 32 random bytes that were thrown away: no password matches it. Unknown and inactive
// accounts are verified against it, so every answer costs one argon2 verification and
// its timing does not tell which accounts exist. A constant: start-up hashes nothing.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$DnAu2AoHcJ2sRN5XdajJeA$49nrE87OvWiuz600O0NUyfygLFaSQl7/KvjhtVDWNcM";

/**
 * Checks an email + password for both the login form and token requests. The attempt
 * is counted by the throttle (lib/auth/throttle.ts) before the password is checked, so
 * refused attempts — a correct guess included — confirm nothing.
 */
export async function verifyCredentials(emailRaw: string, password: string, via: "login" | "token", ip = "unknown") {
  const email = normalizeEmail(emailRaw);
  const ticket = await admitLoginAttempt(email, ip);
  const user = await prisma.user.findUnique({ where: { email } });
  const usable = !!user && user.active;
  const matches = await verifyPassword(usable ? user.passwordHash : DUMMY_HASH, password);
  const ok = usable && matches;
  await settleLoginAttempt(ticket, ok);
  if (!ok || !user) {
    await writeAudit(null, { action: `${via}.failed`, entityType: "user", entityId: user ? String(user.id) : null, meta: { email } });
    throw new AppError("UNAUTHENTICATED", BAD_CREDENTIALS_MESSAGE);
  }
  await writeAudit(user.id, { action: via === "login" ? "login" : "token.login", entityType: "user", entityId: String(user.id) });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
