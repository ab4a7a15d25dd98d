import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyCredentials } from "@/lib/auth/credentials";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { endSessionsOf, getSessionVersion } from "@/lib/auth/session-version";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** 12 hours: the cookie and the JWT inside it expire together (next-auth's JWT default is 30 days). */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

// Sessions are signed JWT cookies: no session table, so any app instance can serve
// any request. The token carries the user id and the user's session generation (`sv`);
// getActor re-reads the user on every request and refuses a token whose generation is
// behind (signed out everywhere, password, role or active state changed since).
export const authOptions: NextAuthOptions = {
  // read per request, not at import: `next build` loads this module without the secret
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { maxAge: SESSION_MAX_AGE_S },
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
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = await getSessionVersion(Number(user.id));
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid };
    },
    // sign-in and sign-out callback URLs: a path on this site only
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeRedirectPath(path)}`;
    },
  },
  events: {
    // Signing out ends every session of the account, so a copy of the cookie kept from
    // before (another browser, a stolen cookie) stops working at once too.
    async signOut({ token }) {
      if (typeof token?.uid === "number") await endSessionsOf(token.uid);
    },
  },
};
