"use client";
import { useEffect, useState } from "react";

type Part = { src: string; html: string | null; failed: boolean };

/**
 * A large server-drawn part of a page (the overview's map and matrix), loaded from its
 * own URL once the page is there: the page stays small, and the browser revalidates the
 * part with its ETag instead of downloading it again. The markup is built and escaped on
 * the server (lib/util/markup.ts). While a new `src` loads, the previous part stays;
 * `reserve` sizes the empty box so the page does not jump when the part arrives.
 */
export function HtmlPart({
  src,
  className,
  reserve,
  text,
}: {
  src: string;
  className?: string;
  reserve?: React.CSSProperties;
  text: { loading: string; failed: string; retry: string };
}) {
  const [part, setPart] = useState<Part>({ src, html: null, failed: false });
  useEffect(() => {
    const ac = new AbortController();
    fetch(src, { signal: ac.signal, credentials: "same-origin" })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((html) => setPart({ src, html, failed: false }))
      .catch(() => {
        if (!ac.signal.aborted) setPart({ src, html: null, failed: true });
      });
    return () => ac.abort();
  }, [src]);

  if (part.html !== null) {
    return (
      <div
        className={className}
        data-part={part.src === src ? "ready" : "loading"}
        aria-busy={part.src !== src}
        dangerouslySetInnerHTML={{ __html: part.html }}
      />
    );
  }
  const failed = part.failed && part.src === src;
  return (
    <div className={className} data-part={failed ? "failed" : "loading"} aria-busy={!failed} style={reserve}>
      {failed ? (
        <p className="form-error" role="alert">
          {text.failed} <a href={src}>{text.retry}</a>
        </p>
      ) : (
        <p className="muted small">{text.loading}</p>
      )}
    </div>
  );
}
