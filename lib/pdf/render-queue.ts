// A bounded queue for PDF/PNG renders. Pure (no browser, no framework): at most
// `concurrency` jobs run, at most `maxWaiting` wait; one more is refused at once
// (RenderQueueFullError → 503 with Retry-After), so a share-link holder cannot pile up
// renders without limit. Each job runs with a time limit: past it the caller gets
// RenderTimeoutError (→ 504) and the job's AbortSignal fires so it can close its page;
// its slot is released only when the job has actually settled, so a stuck render
// never lets more than `concurrency` run at once.
import { AppError } from "@/lib/errors";

export interface RenderQueueOptions {
  concurrency: number;
  maxWaiting: number;
  /** Time limit of one job once it runs (waiting excluded), in ms. */
  timeoutMs: number;
}

export class RenderQueueFullError extends Error {
  constructor(readonly waiting: number) {
    super(`render queue full (${waiting} waiting)`);
    this.name = "RenderQueueFullError";
  }
}

export class RenderTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`render took longer than ${timeoutMs} ms`);
    this.name = "RenderTimeoutError";
  }
}

export interface RenderQueue {
  run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T>;
  stats(): { active: number; waiting: number };
}

export function createRenderQueue(opts: RenderQueueOptions): RenderQueue {
  let active = 0;
  const waiting: (() => void)[] = [];

  async function acquire(): Promise<void> {
    if (active < opts.concurrency) {
      active += 1;
      return;
    }
    if (waiting.length >= opts.maxWaiting) throw new RenderQueueFullError(waiting.length);
    // the releasing job hands its slot over: `active` stays as it is
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  async function run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    await acquire();
    const controller = new AbortController();
    const running = Promise.resolve().then(() => job(controller.signal));
    void running.then(release, release);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new RenderTimeoutError(opts.timeoutMs));
      }, opts.timeoutMs);
    });
    try {
      return await Promise.race([running, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return { run, stats: () => ({ active, waiting: waiting.length }) };
}

// A render takes about 4 s on two cores (README, benchmarks).
const TYPICAL_RENDER_S = 4;

/** The HTTP-facing error of a queue error (503 full, 504 timeout), or the error itself. */
export function renderQueueAppError(e: unknown, opts: Pick<RenderQueueOptions, "concurrency">): unknown {
  if (e instanceof RenderQueueFullError) {
    const retryAfter = Math.max(1, Math.ceil(((e.waiting + 1) * TYPICAL_RENDER_S) / opts.concurrency));
    return new AppError(
      "UNAVAILABLE",
      { zh: "导出任务繁忙：PDF/图片生成队列已满，请稍后再试。", en: "Exports are busy: the PDF/image queue is full. Try again shortly." },
      { retryAfter },
    );
  }
  if (e instanceof RenderTimeoutError) {
    return new AppError("TIMEOUT", {
      zh: `生成 PDF/图片超时（超过 ${Math.round(e.timeoutMs / 1000)} 秒），请稍后再试或缩小报告范围。`,
      en: `Rendering the PDF/image took too long (over ${Math.round(e.timeoutMs / 1000)} s). Try again later or narrow the report.`,
    });
  }
  return e;
}
