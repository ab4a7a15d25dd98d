// A browser's session cookie for a user, minted the way next-auth's sign-in mints it
// (the JWT callback in lib/auth/auth-options.ts puts the user id in `uid` and the
// user's current session generation in `sv`; a cookie without it is refused).
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { SESSION_MAX_AGE_S } from "@/lib/auth/auth-options";
import { prisma } from "@/lib/db";

export async function sessionCookie(userId: number): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const jwt = await encode({ token: { uid: userId, sub: String(userId), sv: user.sessionVersion }, secret: authSecret(), maxAge: SESSION_MAX_AGE_S });
  return `next-auth.session-token=${jwt}`;
}
