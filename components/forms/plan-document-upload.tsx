"use client";
import { useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";

interface Summary {
  status: "created" | "updated" | "unchanged";
  dryRun: boolean;
  version: { from: number | null; to: number | null };
  indicators?: { created: string[] };
  regions?: { added: string[]; changed: string[]; removed: string[] };
  goals?: { created: number; updated: string[]; removed: string[] };
  targets?: { created: unknown[]; revised: unknown[]; removed: unknown[]; unchanged: number };
  baselineFigures?: { created: number; updated: number; observationsWritten: number };
}
interface Issue {
  path: string;
  /** for a workbook: the sheet and cell (目标值!E5), already named in the message */
  cell?: string;
  message: { zh: string; en: string };
}
type State = { kind: "idle" } | { kind: "busy" } | { kind: "summary"; summary: Summary } | { kind: "issues"; title: string; issues: Issue[] };

/** Upload a plan document, preview it (dry run), publish it (admins). Talks to POST /api/v1/plans. */
export function PlanDocumentUpload({ t, locale }: { t: Dictionary["planDocuments"]; locale: Locale }) {
  // the file as chosen: JSON/YAML is sent as text, a workbook as its bytes
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  async function send(dryRun: boolean) {
    if (file === null) return;
    setState({ kind: "busy" });
    const res = await fetch(`/api/v1/plans${dryRun ? "?dryRun=1" : ""}`, { method: "POST", ...(await requestBody(file)) });
    const body = (await res.json().catch(() => null)) as ({ error?: { message: Issue["message"]; issues?: Issue[] } } & Summary) | null;
    if (res.ok && body) setState({ kind: "summary", summary: body });
    else setState({ kind: "issues", title: body?.error?.message[locale] ?? t.failed, issues: body?.error?.issues ?? [] });
    if (res.ok && !dryRun) setTimeout(() => window.location.reload(), 1500);
  }

  return (
    <div className="form card" data-testid="plan-document-upload">
      <label className="field">
        <span>{t.file}</span>
        <input
          type="file"
          accept=".json,.yaml,.yml,.xlsx,application/json,application/yaml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setState({ kind: "idle" });
            setFile(e.currentTarget.files?.[0] ?? null);
          }}
        />
      </label>
      <p className="button-row">
        <button type="button" className="button" disabled={file === null || state.kind === "busy"} onClick={() => void send(true)}>
          {t.preview}
        </button>
        <button
          type="button"
          className="button"
          disabled={file === null || state.kind !== "summary" || !state.summary.dryRun || state.summary.status === "unchanged"}
          onClick={() => void send(false)}
        >
          {t.publish}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {state.kind === "busy" ? <p>{t.working}</p> : null}
        {state.kind === "summary" ? <SummaryView s={state.summary} t={t} /> : null}
        {state.kind === "issues" ? (
          <div className="form-error" data-testid="plan-document-issues">
            <p>{state.title}</p>
            <ul>
              {state.issues.map((i, n) => (
                <li key={n}>
                  {i.cell ? null : <code>{i.path || "/"}</code>} {i.message[locale]}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook goes as its bytes (the server reads it within bounds), JSON/YAML as text. */
async function requestBody(file: File): Promise<{ headers: Record<string, string>; body: BodyInit }> {
  if (/\.xlsx$/i.test(file.name) || file.type === XLSX) return { headers: { "content-type": XLSX }, body: file };
  const text = await file.text();
  return { headers: { "content-type": text.trimStart().startsWith("{") ? "application/json" : "application/yaml" }, body: text };
}

function SummaryView({ s, t }: { s: Summary; t: Dictionary["planDocuments"] }) {
  const n = (x: unknown[] | undefined) => String(x?.length ?? 0);
  return (
    <div data-testid="plan-document-summary">
      <p className="form-ok">{s.dryRun ? t.status[s.status] : t.published[s.status]}</p>
      <ul className="small">
        <li>{fill(t.versionLine, { from: s.version.from === null ? "—" : String(s.version.from), to: String(s.version.to ?? "—") })}</li>
        {s.targets ? (
          <>
            <li>{fill(t.targetsCreated, { n: n(s.targets.created) })}</li>
            <li>{fill(t.targetsRevised, { n: n(s.targets.revised) })}</li>
            <li>{fill(t.targetsRemoved, { n: n(s.targets.removed) })}</li>
            <li>{fill(t.targetsUnchanged, { n: String(s.targets.unchanged) })}</li>
          </>
        ) : null}
        {s.indicators ? <li>{fill(t.indicatorsCreated, { list: s.indicators.created.join(", ") || t.none })}</li> : null}
        {s.goals ? <li>{fill(t.goalsLine, { created: String(s.goals.created), updated: n(s.goals.updated), removed: n(s.goals.removed) })}</li> : null}
        {s.regions ? <li>{fill(t.regionsLine, { added: n(s.regions.added), changed: n(s.regions.changed), removed: n(s.regions.removed) })}</li> : null}
        {s.baselineFigures ? (
          <li>
            {fill(t.figuresLine, {
              created: String(s.baselineFigures.created),
              updated: String(s.baselineFigures.updated),
              obs: String(s.baselineFigures.observationsWritten),
            })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
