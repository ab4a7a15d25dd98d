"use client";
import { useState } from "react";
import { fill } from "@/lib/i18n/dictionary";
import { downloadName } from "@/lib/reports/download-name";

export interface ExportButtonText {
  generating: string;
  downloaded: string;
  exportFailed: string;
}

type State = { step: "idle" } | { step: "busy" } | { step: "done"; name: string } | { step: "failed"; message: string };

/**
 * One export link that shows it is working: a PDF takes seconds to render, so the click
 * fetches the file itself, says "Generating…" meanwhile, then saves it and says so (or
 * why not). The href stays a plain download link, so it works without JavaScript too.
 */
export function ExportButton({ href, label, testId, text }: { href: string; label: string; testId: string; text: ExportButtonText }) {
  const [state, setState] = useState<State>({ step: "idle" });
  const busy = state.step === "busy";

  async function download() {
    setState({ step: "busy" });
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: Record<string, string> | string } } | null;
        const m = body?.error?.message;
        const lang = document.documentElement.lang.startsWith("en") ? "en" : "zh";
        throw new Error(typeof m === "string" ? m : (m?.[lang] ?? String(res.status)));
      }
      const blob = await res.blob();
      const name = downloadName(res.headers.get("content-disposition"), label);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      // let the browser start the save before the object URL goes
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ step: "done", name });
    } catch (e) {
      setState({ step: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <span className="export-button">
      <a
        className="button button--ghost"
        href={href}
        download
        data-testid={testId}
        aria-busy={busy}
        aria-disabled={busy}
        onClick={(e) => {
          // modified clicks (new tab, save as) keep the browser's own behaviour
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
          e.preventDefault();
          if (!busy) void download();
        }}
      >
        {busy ? text.generating : label}
      </a>
      {state.step === "done" ? (
        <span className="toast toast--ok" role="status" data-testid={`${testId}-done`}>
          {fill(text.downloaded, { name: state.name })}
        </span>
      ) : null}
      {state.step === "failed" ? (
        <span className="toast toast--error" role="alert" data-testid={`${testId}-failed`}>
          {fill(text.exportFailed, { message: state.message })}
        </span>
      ) : null}
    </span>
  );
}
