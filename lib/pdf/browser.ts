import "server-only";
import { chromium, type Browser } from "playwright-core";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";
import { createRenderQueue, renderQueueAppError, type RenderQueue } from "@/lib/pdf/render-queue";

// One headless chromium per server process, launched on first use (~1.8 s) and reused
// (a render then costs a new context, ~ms). Kept on globalThis so dev-mode reloads do
// not leak browsers. If chromium dies, the next render launches a new one.

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface Pool {
  browser: Promise<Browser> | null;
  renderQueue: RenderQueue | null;
}

const g = globalThis as unknown as { __planMonitorPdfPool?: Pool };
const pool: Pool = (g.__planMonitorPdfPool ??= { browser: null, renderQueue: null });

export function getBrowser(): Promise<Browser> {
  if (!pool.browser) {
    const launching = chromium.launch({ executablePath: env().CHROMIUM_PATH, args: ARGS, headless: true });
    pool.browser = launching;
    launching.then(
      (b) =>
        b.on("disconnected", () => {
          if (pool.browser === launching) pool.browser = null;
        }),
      () => {
        if (pool.browser === launching) pool.browser = null;
      },
    );
  }
  return pool.browser;
}

/**
 * The render queue of this process: RENDER_CONCURRENCY renders at once (each holds a
 * page and its memory on a 2-core machine), RENDER_QUEUE_SIZE waiting, each limited to
 * RENDER_TIMEOUT_MS (lib/limits.ts; lib/pdf/render-queue.ts).
 */
function renderQueue(): RenderQueue {
  const { RENDER_CONCURRENCY, RENDER_QUEUE_SIZE, RENDER_TIMEOUT_MS } = limits();
  return (pool.renderQueue ??= createRenderQueue({ concurrency: RENDER_CONCURRENCY, maxWaiting: RENDER_QUEUE_SIZE, timeoutMs: RENDER_TIMEOUT_MS }));
}

/**
 * Runs `fn` in a render slot; a full queue or a render past its time limit becomes a
 * 503 (with Retry-After) or 504 AppError.
 */
export async function withRenderSlot<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  try {
    return await renderQueue().run(fn);
  } catch (e) {
    throw renderQueueAppError(e, { concurrency: limits().RENDER_CONCURRENCY });
  }
}
