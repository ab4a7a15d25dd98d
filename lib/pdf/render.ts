import "server-only";
import type { Page } from "playwright-core";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";
import { getBrowser, withRenderSlot } from "@/lib/pdf/browser";
import { footerCss } from "@/lib/pdf/footer-css";

/**
 * Where the renderer finds the app: PRINT_ORIGIN, else this server on loopback (Next
 * sets PORT when it starts listening). Never taken from the request's Host header, so
 * a caller cannot point the server's browser at another host.
 */
function printOrigin(): string {
  const { PRINT_ORIGIN, PORT } = env();
  return (PRINT_ORIGIN ?? `http://127.0.0.1:${PORT}`).replace(/\/$/, "");
}

export interface RenderTarget {
  /** Path of a print page on this app, e.g. /reports/12/print. */
  path: string;
  headers?: Record<string, string>;
  locale: Locale;
}

/** What the PDF says about itself: its title (document metadata and running footer). */
export interface PdfLabels {
  title: string;
  /** "Generated 30 Nov 2026, 12:20 (China time)", already formatted. */
  generated: string;
  /** "Page {page} of {pages}" with the placeholders. */
  pageOf: string;
}

async function withPrintPage<T>(target: RenderTarget, opts: { scale: number }, fn: (page: Page) => Promise<T>): Promise<T> {
  return withRenderSlot(async (signal) => {
    const origin = printOrigin();
    const browser = await getBrowser();
    // a fresh context per render: no cookie or cache is shared between callers
    const context = await browser.newContext({
      locale: target.locale === "zh" ? "zh-CN" : "en-GB",
      timezoneId: "Asia/Shanghai",
      viewport: { width: 794, height: 1123 }, // A4 at 96 dpi
      deviceScaleFactor: opts.scale,
      extraHTTPHeaders: target.headers,
      javaScriptEnabled: true,
    });
    // past the time limit the queue aborts: closing the context ends every pending step
    const onAbort = () => void context.close().catch(() => undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    if (signal.aborted) onAbort(); // timed out while chromium was starting
    try {
      await context.addCookies([{ name: LOCALE_COOKIE, value: target.locale, url: origin }]);
      // the page may only talk to the app itself: commentary links, images or anything
      // injected cannot make the server fetch third-party or internal URLs
      await context.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("blockedbyclient")));
      const page = await context.newPage();
      const res = await page.goto(`${origin}${target.path}`, { waitUntil: "load", timeout: 30_000 });
      if (!res || res.status() !== 200) throw new Error(`print page answered ${res?.status() ?? "nothing"} for ${target.path}`);
      // charts are client components: wait until every chart has drawn its SVG (or
      // declared itself empty), then for the web fonts
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll("[data-chart]")].every(
            (c) => c.hasAttribute("data-chart-empty") || c.querySelector(".recharts-wrapper > svg.recharts-surface"),
          ),
        undefined,
        { timeout: 30_000 },
      );
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await fn(page);
    } finally {
      signal.removeEventListener("abort", onAbort);
      await context.close().catch(() => undefined);
    }
  });
}

/** A4 PDF of a print page, vectors kept (chromium prints SVG as paths), tagged for screen readers. */
export async function renderPdf(target: RenderTarget, labels: PdfLabels): Promise<Uint8Array> {
  return withPrintPage(target, { scale: 1 }, async (page) => {
    // the document title becomes the PDF's Title metadata; the footer's glyphs are loaded
    // into the page first (the web font is split by unicode-range and weight, and the
    // footer can only use chunks the page has loaded)
    // the footer is a page-margin box of this document (lib/pdf/footer-css.ts), so it uses
    // the web font: its glyphs are loaded first. A constructed stylesheet, not a <style>
    // element: the page's CSP admits only nonced style elements, and stays as strict.
    await page.evaluate(
      async ({ title, footer, css }) => {
        document.title = title;
        // the app's own <title> can still be committed after this (streamed metadata,
        // hydration): keep ours until the PDF is printed, or its Title metadata loses the race
        new MutationObserver(() => {
          if (document.title !== title) document.title = title;
        }).observe(document.head, { subtree: true, childList: true, characterData: true });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        await document.fonts.load(`400 12px "Noto Sans SC"`, footer);
      },
      { title: labels.title, footer: `${labels.title} ${labels.generated} · ${labels.pageOf} 0123456789`, css: footerCss(labels) },
    );
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: false,
      margin: { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" },
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  });
}

/** PNG of one element of a print page (a chart), at twice the screen resolution. */
export async function renderElementPng(target: RenderTarget, selector: string): Promise<Uint8Array> {
  return withPrintPage(target, { scale: 2 }, async (page) => {
    const el = await page.$(selector);
    if (!el) throw new Error(`no element ${selector} on ${target.path}`);
    return new Uint8Array(await el.screenshot({ type: "png" }));
  });
}

export interface ElementPng {
  png: Uint8Array;
  /** The heading of the element's card (or its aria-label). */
  title: string;
  /** The card's note on the chart (`[data-chart-note]`, e.g. a frozen round's figure), if any. */
  note?: string;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
}

/**
 * PNGs of up to `max` elements of one print page (the charts of a Word report), at
 * twice the screen resolution: one page load for all of them.
 */
export async function renderElementPngs(target: RenderTarget, selector: string, max: number): Promise<ElementPng[]> {
  const scale = 2;
  return withPrintPage(target, { scale }, async (page) => {
    const out: ElementPng[] = [];
    for (const el of (await page.$$(selector)).slice(0, max)) {
      const box = await el.boundingBox();
      if (!box || box.width < 1 || box.height < 1) continue;
      const { title, note } = await el.evaluate((e) => {
        const card = e.closest("article");
        return {
          title: (card?.querySelector("h3")?.textContent ?? e.getAttribute("aria-label") ?? "").trim(),
          note: card?.querySelector("[data-chart-note]")?.textContent?.trim() || undefined,
        };
      });
      const png = new Uint8Array(await el.screenshot({ type: "png" }));
      out.push({ png, title, note, width: Math.round(box.width * scale), height: Math.round(box.height * scale) });
    }
    return out;
  });
}
