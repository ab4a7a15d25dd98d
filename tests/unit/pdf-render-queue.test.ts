import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createRenderQueue, RenderQueueFullError, renderQueueAppError, RenderTimeoutError } from "@/lib/pdf/render-queue";

/** A job that runs until released, recording when it started. */
function gate() {
  let release!: (v: string) => void;
  const done = new Promise<string>((r) => (release = r));
  const state = { started: false };
  const job = () => {
    state.started = true;
    return done;
  };
  return { job, release, state };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("render queue", () => {
  it("runs at most `concurrency` at once, queues up to `maxWaiting`, refuses the next at once", async () => {
    const q = createRenderQueue({ concurrency: 2, maxWaiting: 2, timeoutMs: 10_000 });
    const jobs = Array.from({ length: 4 }, gate);
    const results = jobs.map((j) => q.run(j.job));
    await tick();
    expect(jobs.map((j) => j.state.started)).toEqual([true, true, false, false]);
    expect(q.stats()).toEqual({ active: 2, waiting: 2 });
    await expect(q.run(async () => "fifth")).rejects.toBeInstanceOf(RenderQueueFullError);

    jobs[0]!.release("a");
    await tick();
    // the freed slot goes to the first waiting job, in order
    expect(jobs.map((j) => j.state.started)).toEqual([true, true, true, false]);
    expect(q.stats()).toEqual({ active: 2, waiting: 1 });
    jobs.slice(1).forEach((j, i) => j.release("bcd"[i]!));
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(q.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("with no waiting room, only the running jobs are accepted", async () => {
    const q = createRenderQueue({ concurrency: 1, maxWaiting: 0, timeoutMs: 10_000 });
    const j = gate();
    const r = q.run(j.job);
    await expect(q.run(async () => "x")).rejects.toMatchObject({ waiting: 0 });
    j.release("ok");
    expect(await r).toBe("ok");
    expect(await q.run(async () => "next")).toBe("next");
  });

  it("a job past its time limit: the caller gets RenderTimeoutError, the job is aborted, its slot is freed when it settles", async () => {
    const q = createRenderQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 20 });
    let aborted = false;
    let finish!: () => void;
    const stuck = q.run(
      (signal) =>
        new Promise<string>((resolve) => {
          signal.addEventListener("abort", () => (aborted = true));
          finish = () => resolve("late");
        }),
    );
    await expect(stuck).rejects.toBeInstanceOf(RenderTimeoutError);
    expect(aborted).toBe(true);
    // still holding its slot until it settles: never more than `concurrency` at once
    expect(q.stats()).toEqual({ active: 1, waiting: 0 });
    const next = q.run(async () => "next");
    await tick();
    expect(q.stats()).toEqual({ active: 1, waiting: 1 });
    finish();
    expect(await next).toBe("next");
  });

  it("a failing job frees its slot and passes its error on", async () => {
    const q = createRenderQueue({ concurrency: 1, maxWaiting: 0, timeoutMs: 1000 });
    await expect(q.run(async () => Promise.reject(new Error("print page answered 500")))).rejects.toThrow("answered 500");
    expect(q.stats()).toEqual({ active: 0, waiting: 0 });
  });
});

describe("renderQueueAppError", () => {
  it.each([
    [new RenderQueueFullError(4), 2, "UNAVAILABLE", 10],
    [new RenderQueueFullError(0), 2, "UNAVAILABLE", 2],
    [new RenderQueueFullError(4), 1, "UNAVAILABLE", 20],
  ])("%s with concurrency %i → %s, Retry-After %i s", (e, concurrency, code, retryAfter) => {
    const mapped = renderQueueAppError(e, { concurrency }) as AppError;
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.code).toBe(code);
    expect(mapped.extra).toEqual({ retryAfter });
    expect(mapped.detail.zh).toContain("队列已满");
    expect(mapped.detail.en).toContain("queue is full");
  });

  it("a timeout is a 504 naming the limit", () => {
    const mapped = renderQueueAppError(new RenderTimeoutError(60_000), { concurrency: 2 }) as AppError;
    expect(mapped.code).toBe("TIMEOUT");
    expect(mapped.detail).toEqual({
      zh: "生成 PDF/图片超时（超过 60 秒），请稍后再试或缩小报告范围。",
      en: "Rendering the PDF/image took too long (over 60 s). Try again later or narrow the report.",
    });
  });

  it("passes other errors through", () => {
    const e = new Error("x");
    expect(renderQueueAppError(e, { concurrency: 2 })).toBe(e);
  });
});
