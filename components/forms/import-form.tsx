"use client";
import { useEffect, useRef, useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Message } from "@/lib/i18n/message";
import { ImportPreviewTable, type ImportResponse } from "@/components/tables/import-preview-table";
import { byteSize, uploadPercent } from "@/lib/import/upload-progress";
import { ImportMappingPanel, mappingQuery, type MappingDraft, type TableInfo } from "@/components/forms/import-mapping-panel";
import { ImportChangesTable, type ChangesBody } from "@/components/tables/import-changes-table";
import { ImportUndoButton } from "@/components/forms/import-undo-button";

/** A dry run of a yearbook table also answers with what it read (see the mapping panel). */
type TableResponse = ImportResponse & ChangesBody & { table?: TableInfo; headerRow?: number };

interface Upload {
  sent: number;
  total: number | null;
}

/**
 * POSTs the form with XMLHttpRequest, not fetch: only XHR reports upload progress, and a
 * 50 MB file on a slow line otherwise sits in silence. Resolves with the status and the
 * parsed JSON body.
 */
function postWithProgress(url: string, form: FormData | null, onProgress: (u: Upload) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : null });
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText || "{}") as unknown });
      } catch {
        resolve({ status: xhr.status, body: {} });
      }
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.send(form);
  });
}

type Phase =
  | { step: "idle" }
  | { step: "busy"; commit: boolean }
  | { step: "checked"; body: ImportResponse; ok: boolean }
  | { step: "done"; body: ImportResponse }
  | { step: "failed"; message: string };

/**
 * Upload → dry-run preview (every row new / changed / unchanged / error) → "Import N
 * rows" commits the file the preview left on the server (by its staged id: the file is
 * uploaded once); the server writes all rows or none. A stale id (expired, or another
 * instance) answers 404 with a message saying to preview again. Talks to
 * POST /api/v1/observations/import (the session cookie authenticates): files can be far
 * larger than a server action body, and this is the very code path scripts use.
 */
export function ImportForm({
  t,
  tt,
  locale,
  names,
}: {
  t: Dictionary["entry"]["import"];
  tt: Dictionary["importTable"];
  locale: Locale;
  names: Record<string, string>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  // XLSX with several worksheets: the list the server sent, and the one chosen
  const [sheets, setSheets] = useState<NonNullable<ImportResponse["sheets"]>>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // A file chosen before the page finished loading (a slow line, a quick hand) fired its
  // change event before React listened: pick it up, or "Preview" stays disabled for good.
  useEffect(() => {
    const chosen = input.current?.files?.[0];
    if (chosen) setFile(chosen);
  }, []);
  // the id of the file the last preview staged on the server (commit and sheet changes use it)
  const [staged, setStaged] = useState<string | null>(null);
  // yearbook tables: the mapping step's choices, and conflicts the analyst ticked
  const [draft, setDraft] = useState<MappingDraft>({});
  const [overwrite, setOverwrite] = useState<number[]>([]);

  async function send(commit: boolean, chosenSheet = sheet, mapping = draft) {
    if (!file) return setPhase({ step: "failed", message: t.chooseFirst });
    setPhase({ step: "busy", commit });
    // with a staged file nothing is uploaded again
    const form = staged ? null : new FormData();
    form?.set("file", file);
    if (form) setUpload({ sent: 0, total: file.size });
    const query = new URLSearchParams(commit ? {} : { dryRun: "true" });
    if (staged) query.set("staged", staged);
    else if (!commit) query.set("stage", "true");
    if (chosenSheet !== null) query.set("sheet", chosenSheet);
    for (const [k, v] of mappingQuery(mapping)) if (k !== "saveMapping" || commit) query.set(k, v);
    if (commit && overwrite.length > 0) query.set("overwrite", overwrite.join(","));
    try {
      // rows with plausibility warnings are written only once the analyst has ticked the box
      if (commit && confirmed) query.set("confirmWarnings", "true");
      const res = await postWithProgress(`/api/v1/observations/import${query.size > 0 ? `?${query}` : ""}`, form, setUpload);
      const body = res.body as ImportResponse & { error?: { message: Message }; staged?: { id: string } };
      // kept for the next step; gone once committed, expired or unknown
      setStaged(body.staged?.id ?? null);
      if (body.sheets && body.sheets.length > 1) setSheets(body.sheets);
      if (res.status === 200 || res.status === 422) {
        if (commit && res.status === 200) return setPhase({ step: "done", body });
        return setPhase({ step: "checked", body, ok: res.status === 200 });
      }
      setPhase({ step: "failed", message: body.error?.message[locale] ?? String(res.status) });
    } catch (e) {
      setPhase({ step: "failed", message: fill(t.failed, { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setUpload(null);
    }
  }

  const busy = phase.step === "busy";
  return (
    <div className="grid" data-testid="import-form">
      <form
        className="form card"
        onSubmit={(e) => {
          e.preventDefault();
          void send(false);
        }}
      >
        <label className="field">
          <span>{t.file}</span>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setStaged(null);
              setSheets([]);
              setSheet(null);
              setPhase({ step: "idle" });
              setConfirmed(false);
              setDraft({});
              setOverwrite([]);
            }}
          />
        </label>
        {sheets.length > 1 ? (
          <label className="field">
            <span>{t.sheet}</span>
            <select
              data-testid="import-sheet"
              value={sheet ?? (phase.step === "checked" || phase.step === "done" ? (phase.body.sheet ?? "") : "")}
              onChange={(e) => {
                setSheet(e.target.value);
                void send(false, e.target.value);
              }}
            >
              <option value="" disabled>
                —
              </option>
              {sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                  {s.matches ? t.sheetMatches : ""}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="button-row">
          <button className="button button--ghost" type="submit" disabled={busy || !file}>
            {busy && !phase.commit ? t.previewing : t.preview}
          </button>
          {phase.step === "checked" && phase.ok && (phase.body.totalWarnings ?? 0) > 0 ? (
            <label className="checkbox" data-testid="confirm-warnings">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t.confirmWarnings}
            </label>
          ) : null}
          {phase.step === "checked" && phase.ok ? (
            <button
              className="button"
              type="button"
              onClick={() => void send(true)}
              disabled={(phase.body.totalWarnings ?? 0) > 0 && !confirmed}
              data-testid="commit-import"
            >
              {fill(t.commit, { n: phase.body.rows.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB") })}
            </button>
          ) : null}
          {busy && phase.commit ? <span className="muted">{t.committing}</span> : null}
        </div>
        {busy && upload ? <UploadProgress upload={upload} t={t} /> : null}
        {phase.step === "failed" ? (
          <p className="form-error" role="alert">
            {phase.message}
          </p>
        ) : null}
      </form>
      {phase.step === "done" ? (
        <p className="form-ok" role="status" data-testid="import-done">
          {fill(t.done, { created: String(phase.body.created), updated: String(phase.body.updated), unchanged: String(phase.body.unchanged) })}
        </p>
      ) : null}
      {phase.step === "done" && (phase.body as TableResponse & { batch?: string }).batch ? (
        <ImportUndoButton batch={(phase.body as TableResponse & { batch?: string }).batch!} t={tt} locale={locale} />
      ) : null}
      {phase.step === "checked" && isTable(phase.body) ? (
        <ImportMappingPanel
          key={JSON.stringify(draft)}
          table={(phase.body as TableResponse).table}
          headerRow={(phase.body as TableResponse).headerRow}
          t={tt}
          initial={draft}
          busy={busy}
          onApply={(d) => {
            setDraft(d);
            setOverwrite([]);
            void send(false, sheet, d);
          }}
        />
      ) : null}
      {phase.step === "checked" ? (
        <ImportPreviewTable body={isTable(phase.body) ? { ...phase.body, preview: [] } : phase.body} t={t} locale={locale} names={names} />
      ) : null}
      {phase.step === "checked" && isTable(phase.body) && (phase.body.preview?.length ?? 0) > 0 ? (
        <ImportChangesTable body={phase.body as TableResponse} t={tt} locale={locale} names={names} overwrite={overwrite} onOverwrite={setOverwrite} />
      ) : null}
    </div>
  );
}

/** The answer is about a yearbook table (read through the mapping), not the long layout. */
const isTable = (body: ImportResponse) => (body as TableResponse).table !== undefined || (body as TableResponse).headerRow !== undefined;

function UploadProgress({ upload, t }: { upload: Upload; t: Dictionary["entry"]["import"] }) {
  const percent = uploadPercent(upload.sent, upload.total);
  const done = upload.total !== null && upload.sent >= upload.total;
  const text = done
    ? t.uploaded
    : fill(t.uploading, {
        sent: byteSize(upload.sent),
        total: upload.total === null ? "?" : byteSize(upload.total),
        percent: percent === null ? "?" : String(percent),
      });
  return (
    <div className="upload-progress" data-testid="upload-progress">
      {/* no value while the total is unknown: an indeterminate bar */}
      <progress max={100} value={percent ?? undefined} aria-label={text} />
      <span role="status">{text}</span>
    </div>
  );
}
