"use client";
import { useState } from "react";
import { renderMarkdown } from "@/lib/reports/markdown";
import type { BuilderText } from "@/components/reports/builder-types";

/** Markdown textarea with a preview rendered by the same sanitizing renderer as the report. */
export function CommentaryField({ value, onChange, text }: { value: string; onChange: (v: string) => void; text: BuilderText }) {
  const [preview, setPreview] = useState(false);
  const b = text.r.builder;
  return (
    <div className="field">
      <div className="commentary-field__head">
        <span>{b.commentaryLabel}</span>
        <div className="segmented" role="tablist">
          <button type="button" role="tab" aria-selected={!preview} className={preview ? "" : "is-active"} onClick={() => setPreview(false)}>
            {b.write}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={preview}
            className={preview ? "is-active" : ""}
            onClick={() => setPreview(true)}
            data-testid="commentary-preview-tab"
          >
            {b.preview}
          </button>
        </div>
      </div>
      {preview ? (
        <div className="markdown commentary-preview" data-testid="commentary-preview" dangerouslySetInnerHTML={{ __html: renderMarkdown(value) }} />
      ) : (
        <textarea name="commentary" rows={8} value={value} onChange={(e) => onChange(e.target.value)} aria-label={b.commentaryLabel} />
      )}
      <small className="muted">{b.commentaryHint}</small>
    </div>
  );
}
