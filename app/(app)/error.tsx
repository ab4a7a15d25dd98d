"use client";

// Client boundary: it cannot read the locale cookie on the server, so both languages show.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>出错了 · Something went wrong</h1>
      <p className="muted">页面加载失败，请稍后重试。The page failed to load. Please try again.</p>
      <button className="button" onClick={reset}>
        重试 · Try again
      </button>
    </div>
  );
}
