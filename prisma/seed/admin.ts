import crypto from "node:crypto";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { hashPassword } from "@/lib/auth/password";

/**
 * A fresh install has no way in without a first account: when no user exists, create an
 * admin from ADMIN_EMAIL/ADMIN_PASSWORD, or generate a password and print it once (it is
 * stored only as a hash, so it cannot be shown again).
 */
export async function ensureAdmin(tx: TransactionClient): Promise<void> {
  if ((await tx.user.count()) > 0) return;
  const email = (process.env.ADMIN_EMAIL ?? "admin@example.com").trim().toLowerCase();
  const given = process.env.ADMIN_PASSWORD;
  const password = given ?? crypto.randomBytes(12).toString("base64url");
  const user = await tx.user.create({
    data: { email, name: "Administrator", role: "admin", passwordHash: await hashPassword(password) },
  });
  await tx.auditLog.create({
    data: { action: "user.create", entityType: "user", entityId: String(user.id), after: { email, role: "admin" }, meta: { via: "first-run" } },
  });
  if (given) {
    console.log(`[plan-monitor] created admin ${email} with the password from ADMIN_PASSWORD`);
  } else {
    console.log(
      [
        "",
        "  ┌──────────────────────────────────────────────────────────┐",
        `    First admin account (shown once, store it now):`,
        `      email:    ${email}`,
        `      password: ${password}`,
        "  └──────────────────────────────────────────────────────────┘",
        "",
      ].join("\n"),
    );
  }
}
