"use client";
import { useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Message } from "@/lib/i18n/message";

interface UndoAnswer {
  restored?: number;
  retracted?: number;
  refused?: number;
  conflicts?: { series: string }[];
  error?: { message: Message };
}

/**
 * "Undo this import": restores every series the import wrote to its version before it
 * (POST /api/v1/imports/{batch}/undo). Series changed since by someone else are listed
 * and can then be restored anyway, all at once.
 */
export function ImportUndoButton({ batch, t, locale }: { batch: string; t: Dictionary["importTable"]; locale: Locale }) {
  const [answer, setAnswer] = useState<UndoAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  async function undo(confirm?: string) {
    setBusy(true);
    try {
      const res = await fetch(`/api/v1/imports/${batch}/undo${confirm ? `?confirm=${encodeURIComponent(confirm)}` : ""}`, { method: "POST" });
      setAnswer((await res.json()) as UndoAnswer);
    } finally {
      setBusy(false);
    }
  }
  const conflicts = answer?.conflicts ?? [];
  return (
    <div className="button-row" data-testid="import-undo">
      {answer === null ? (
        <button className="button button--ghost" type="button" disabled={busy} onClick={() => void undo()} data-testid="undo-import">
          {t.undo}
        </button>
      ) : answer.error ? (
        <p className="form-error" role="alert">
          {answer.error.message[locale]}
        </p>
      ) : (
        <p role="status" data-testid="undo-done">
          {fill(t.undone, { restored: String(answer.restored ?? 0), retracted: String(answer.retracted ?? 0) })}
          {(answer.refused ?? 0) > 0 ? (
            <>
              {" "}
              {fill(t.undoRefused, { n: String(answer.refused), series: conflicts.map((c) => c.series).join("、") })}{" "}
              <button className="button button--ghost" type="button" disabled={busy} onClick={() => void undo(conflicts.map((c) => c.series).join(","))}>
                {t.undoAnyway}
              </button>
            </>
          ) : null}
        </p>
      )}
    </div>
  );
}
