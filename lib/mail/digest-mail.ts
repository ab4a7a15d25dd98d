// The weekly digest: what changed, what waits for me, my early warnings. Pure: the
// content is gathered by lib/data/mail-digest.ts.
import { statusLabel } from "@/lib/progress/status";
import type { ProgressStatus } from "@/lib/progress/types";
import type { MailLocale } from "./locale";
import { fill, formatDay, formatNumber, render, stringsFor, type Block, type MailContent } from "./message";

interface Named {
  indicatorZh: string;
  indicatorEn: string;
  regionZh: string;
  regionEn: string;
}

interface DigestChange extends Named {
  year: number;
  unit: string;
  /** null: a first entry (from) or a retraction (to) */
  oldValue: number | null;
  newValue: number | null;
}

export interface DigestReviewItem extends Named {
  year: number;
  value: number;
  unit: string;
  comment: string | null;
}

export interface DigestWarning extends Named {
  targetYear: number;
  status: ProgressStatus;
  /** share of the way from baseline to target, 0.62 = 62 %; null when undefined */
  completion: number | null;
}

export interface DigestContent {
  /** the week covered, China calendar days */
  from: string;
  to: string;
  changes: { versions: number; series: number; other: number; top: DigestChange[] };
  /** reviewer: submitted figures to review; reporter: the unit's returned figures */
  review: { kind: "reviewer" | "reporter" | "none"; count: number; items: DigestReviewItem[] };
  warnings: { count: number; items: DigestWarning[] };
}

/** A digest with nothing in it is not sent (a mail saying "nothing" every week teaches people to ignore it). */
export function digestWorthSending(c: DigestContent): boolean {
  return c.changes.versions > 0 || c.changes.other > 0 || c.review.count > 0 || c.warnings.count > 0;
}

export function digestMail(locale: MailLocale, name: string, c: DigestContent, link?: string): MailContent {
  const s = stringsFor(locale);
  const zh = locale === "zh";
  const ind = (n: Named) => (zh ? n.indicatorZh : n.indicatorEn);
  const reg = (n: Named) => (zh ? n.regionZh : n.regionEn);
  const val = (v: number | null, unit: string, missing: string) => (v === null ? missing : `${formatNumber(v)} ${unit}`.trim());
  const period = { from: formatDay(c.from, locale), to: formatDay(c.to, locale) };
  const more = (shown: number, count: number) => (count > shown ? [fill(s.more, { count: String(count - shown) })] : []);

  const blocks: Block[] = [{ p: fill(s.hello, { name }) }, { p: fill(s.digestIntro, period) }, { h: s.changesTitle }];
  if (c.changes.versions === 0 && c.changes.other === 0) blocks.push({ p: s.changesNone });
  else {
    blocks.push({ p: fill(s.changesCounts, { versions: String(c.changes.versions), series: String(c.changes.series), other: String(c.changes.other) }) });
    if (c.changes.top.length) {
      blocks.push({ p: s.changesTop });
      blocks.push({
        list: c.changes.top.map((t) =>
          fill(s.change, {
            indicator: ind(t),
            region: reg(t),
            year: String(t.year),
            from: val(t.oldValue, t.unit, s.none),
            to: val(t.newValue, t.unit, s.retracted),
          }),
        ),
      });
    }
  }

  blocks.push({ h: s.reviewTitle });
  if (c.review.count === 0 || c.review.kind === "none") blocks.push({ p: s.reviewNone });
  else {
    blocks.push({ p: fill(c.review.kind === "reviewer" ? s.reviewReviewer : s.reviewReporter, { count: String(c.review.count) }) });
    blocks.push({
      list: [
        ...c.review.items.map(
          (i) =>
            fill(s.reviewItem, { indicator: ind(i), region: reg(i), year: String(i.year), value: val(i.value, i.unit, s.none) }) +
            (i.comment ? (zh ? "；" : "; ") + fill(s.reviewComment, { comment: i.comment }) : ""),
        ),
        ...more(c.review.items.length, c.review.count),
      ],
    });
  }

  blocks.push({ h: s.warningsTitle });
  if (c.warnings.count === 0) blocks.push({ p: s.warningsNone });
  else {
    blocks.push({ p: fill(s.warningsCount, { count: String(c.warnings.count) }) });
    blocks.push({
      list: [
        ...c.warnings.items.map(
          (w) =>
            fill(s.warning, { indicator: ind(w), region: reg(w), year: String(w.targetYear), status: statusLabel(w.status, locale) }) +
            (w.completion === null ? "" : fill(s.completion, { pct: String(Math.round(w.completion * 100)) })),
        ),
        ...more(c.warnings.items.length, c.warnings.count),
      ],
    });
  }
  if (link) blocks.push({ p: fill(s.open, { url: link }) });
  blocks.push({ p: s.digestOff }, { p: s.signature });
  return render(locale, fill(s.digestSubject, period), blocks);
}
