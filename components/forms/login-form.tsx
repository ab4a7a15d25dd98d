"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { useHydrated } from "./use-hydrated";

export function LoginForm({ next, initialError, t }: { next: string; initialError: string | null; t: Dictionary["auth"] }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
    setPending(false);
    if (!res || res.error) {
      setError(res?.status === 429 || res?.error === "RATE_LIMITED" ? t.rateLimited : t.badCredentials);
      return;
    }
    // a full navigation, so every server component renders with the new session
    window.location.assign(next);
  }

  return (
    <form className="form" method="post" onSubmit={(e) => void onSubmit(e)} data-testid="login-form">
      <label className="field">
        <span>{t.email}</span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className="field">
        <span>{t.password}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? (
        <p className="form-error" role="alert" data-testid="login-error">
          {error}
        </p>
      ) : null}
      <button className="button" type="submit" disabled={pending || !hydrated}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
