"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { outageStrings } from "@/lib/i18n/strings/outage";

// Client boundary: it cannot read the locale cookie on the server, so both languages show.
// In production the error's message never reaches the browser, so whether the database
// is the cause is asked of /api/health; while it answers 503 the page says so and keeps
// polling, and reloads itself once the database is back.
const POLL_MS = 3_000;

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const router = useRouter();
  const [dbDown, setDbDown] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    let wasDown = false;
    const check = async () => {
      const status = await fetch("/api/health", { cache: "no-store" }).then(
        (r) => r.status,
        () => 503,
      );
      if (cancelled) return;
      if (status === 503) {
        wasDown = true;
        setDbDown(true);
        timer = setTimeout(() => void check(), POLL_MS);
      } else if (wasDown) {
        startTransition(() => {
          router.refresh();
          reset();
        });
      }
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [reset, router]);

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  if (dbDown) {
    const { zh, en } = outageStrings;
    return (
      <div className="card" role="alert" aria-live="polite">
        <h1>
          {zh.title} · {en.title}
        </h1>
        <p className="muted">{zh.body}</p>
        <p className="muted">{en.body}</p>
        <button className="button" onClick={retry}>
          {zh.retry} · {en.retry}
        </button>
      </div>
    );
  }
  return (
    <div className="card" role="alert">
      <h1>出错了 · Something went wrong</h1>
      <p className="muted">页面加载失败，请稍后重试。The page failed to load. Please try again.</p>
      <button className="button" onClick={retry}>
        重试 · Try again
      </button>
    </div>
  );
}
