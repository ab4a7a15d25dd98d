import { prisma } from "@/lib/db";
import { generateToken } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/permissions";

let n = 0;
// hashing is slow by design; tests share one hash for the common password
let cachedHash: Promise<string> | null = null;
export const TEST_PASSWORD = "correct horse battery staple";

/** A user of the given role with a live API token. */
export async function createUser(role: Role, overrides: { email?: string; active?: boolean } = {}) {
  n += 1;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await prisma.user.create({
    data: {
      email: overrides.email ?? `${role}${n}-${Date.now()}@example.com`,
      name: `${role} ${n}`,
      role,
      passwordHash: await cachedHash,
      active: overrides.active ?? true,
    },
  });
  const { token, hash, prefix } = generateToken();
  await prisma.apiToken.create({ data: { userId: user.id, name: "test", tokenHash: hash, prefix } });
  return { user, token };
}
