// A browser's session cookie for a user, minted the way next-auth's sign-in mints it
// (the JWT callback in lib/auth/auth-options.ts puts the user id in `uid`).
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/auth-options";

export async function sessionCookie(userId: number): Promise<string> {
  const jwt = await encode({ token: { uid: userId, sub: String(userId) }, secret: authSecret(), maxAge: 12 * 60 * 60 });
  return `next-auth.session-token=${jwt}`;
}
