import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyCredentials } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";

// Sessions are signed JWT cookies: no session table, so any app instance can serve
// any request. The role in the token is only a hint; getActor re-reads the user.
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const user = await verifyCredentials(credentials.email, credentials.password, "login", clientIp(req?.headers));
          return { id: String(user.id), email: user.email, name: user.name };
        } catch (e) {
          if (e instanceof AppError && e.code === "RATE_LIMITED") throw new Error("RATE_LIMITED");
          return null;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = Number(user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid };
    },
  },
};

// Without NEXTAUTH_SECRET, a secret derived from the database URL keeps sessions valid
// across restarts of a local install; production must set NEXTAUTH_SECRET.
export function authSecret(): string {
  return process.env.NEXTAUTH_SECRET ?? `plan-monitor-dev:${process.env.DATABASE_URL ?? "none"}`;
}
