"use client";
import { useState } from "react";

/** Marks a plan the default one (PUT /api/v1/plans/{slug}/default), then reloads the page. */
export function MakeDefaultPlanButton({ slug, label }: { slug: string; label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void fetch(`/api/v1/plans/${encodeURIComponent(slug)}/default`, { method: "PUT" }).then(
          (res) => (res.ok ? window.location.reload() : setBusy(false)),
          () => setBusy(false),
        );
      }}
    >
      {label}
    </button>
  );
}
