"use client";
import { useEffect, useState } from "react";
import type { ObservationVersion } from "@/lib/data/observation-versions";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatDateTime, formatValue } from "@/lib/format";

type Load = { state: "loading" } | { state: "failed" } | { state: "ok"; versions: ObservationVersion[] };

/** Every version of one cell, newest first: who, when, value, value and unit as entered, source. */
export function ObservationHistory({
  versionId,
  t,
  flagNames,
  locale,
}: {
  versionId: number;
  t: Dictionary["entry"]["history"];
  flagNames: Record<string, string>;
  locale: Locale;
}) {
  const [load, setLoad] = useState<{ id: number; result: Load }>({ id: versionId, result: { state: "loading" } });
  useEffect(() => {
    let live = true;
    fetch(`/api/v1/observations/${versionId}/history`, { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { versions: ObservationVersion[] }) => live && setLoad({ id: versionId, result: { state: "ok", versions: body.versions } }))
      .catch(() => live && setLoad({ id: versionId, result: { state: "failed" } }));
    return () => {
      live = false;
    };
  }, [versionId]);
  const result: Load = load.id === versionId ? load.result : { state: "loading" };
  if (result.state === "loading") return <p className="muted small">{t.loading}</p>;
  if (result.state === "failed") return <p className="form-error">{t.failed}</p>;
  return (
    <ol className="history-list" data-testid="history">
      {result.versions.map((v, i) => (
        <li key={v.id} className={v.kind === "retraction" ? "is-retraction" : i === 0 ? "is-current" : undefined}>
          <div className="history-list__meta">
            {t.version} {v.version} · {formatDateTime(v.createdAt, locale)} · {v.createdBy?.name ?? t.system}
            {i === 0 ? <span className="tag">{t.current}</span> : null}
          </div>
          <div>
            {v.kind === "retraction" ? (
              <span className="tag tag--flag">{t.retraction}</span>
            ) : (
              <>
                <span className="history-list__value">{formatValue(v.value, v.unit, locale, 4)}</span>
                {v.valueAsEntered ? (
                  <span className="muted">
                    {" "}
                    ({t.asEntered}: {`${v.valueAsEntered} ${v.unitAsEntered ?? ""}`.trim()})
                  </span>
                ) : null}
              </>
            )}
            {v.flags.map((f) => (
              <span key={f} className="tag tag--flag">
                {flagNames[f] ?? f}
              </span>
            ))}
          </div>
          <div className="muted">
            {t.source}: {v.source}
          </div>
          {v.note ? (
            <div className="muted">
              {v.kind === "retraction" ? t.reason : t.note}: {v.note}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
