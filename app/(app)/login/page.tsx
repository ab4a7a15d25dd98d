import type { Metadata } from "next";
import { LoginForm } from "@/components/forms/login-form";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getDictionary } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "登录 Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getDictionary();
  const sp = await searchParams;
  const next = safeRedirectPath(sp.next);
  const error = sp.error === "RATE_LIMITED" ? t.auth.rateLimited : sp.error ? t.auth.badCredentials : null;
  return (
    <div className="login">
      <div className="card login__card">
        <h1>{t.auth.title}</h1>
        <p className="muted">{t.auth.intro}</p>
        <LoginForm next={next} initialError={error} t={t.auth} />
      </div>
    </div>
  );
}
