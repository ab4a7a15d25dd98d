import "server-only";
import { chromium, type Browser } from "playwright-core";
import { env } from "@/lib/env";

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

/** Renders at once; more wait (each holds a page and its memory on a 2-core machine). */
const MAX_CONCURRENT = 2;

interface Pool {
  browser: Promise<Browser> | null;
  active: number;
  queue: (() => void)[];
}

const g = globalThis as unknown as { __planMonitorPdfPool?: Pool };
const pool: Pool = (g.__planMonitorPdfPool ??= { browser: null, active: 0, queue: [] });

export function getBrowser(): Promise<Browser> {
  if (!pool.browser) {
    const launching = chromium.launch({ executablePath: env().CHROMIUM_PATH, args: ARGS, headless: true });
    pool.browser = launching;
    launching.then(
      (b) => b.on("disconnected", () => {
        if (pool.browser === launching) pool.browser = null;
      }),
      () => {
        if (pool.browser === launching) pool.browser = null;
      },
    );
  }
  return pool.browser;
}

/** Runs `fn` when a render slot is free. */
export async function withRenderSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (pool.active >= MAX_CONCURRENT) await new Promise<void>((resolve) => pool.queue.push(resolve));
  pool.active += 1;
  try {
    return await fn();
  } finally {
    pool.active -= 1;
    pool.queue.shift()?.();
  }
}

/** Closes the shared browser (scripts and tests; the server keeps it for its lifetime). */
export async function closeBrowser(): Promise<void> {
  const b = pool.browser;
  pool.browser = null;
  if (b) await (await b).close().catch(() => undefined);
}
