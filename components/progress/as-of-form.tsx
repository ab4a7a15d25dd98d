import Link from "next/link";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { chinaMoment } from "@/lib/validation/as-of";

/**
 * What the as-of caption says, exactly what was used: a day is the end of that day in
 * China time; a timestamp (`moment`, given only when the URL carried one) is shown as
 * that moment, never as "end of day".
 */
export function asOfCaption(s: Dictionary["progress"]["asOf"], o: { day: string | null; moment?: Date; evaluationYear: number }): string {
  const year = String(o.evaluationYear);
  if (o.moment) return fill(s.showingMoment, { moment: chinaMoment(o.moment), year });
  return o.day ? fill(s.showingDay, { date: o.day, year }) : fill(s.showingLatest, { year });
}

/**
 * The as-of selector: a plain GET form, so the chosen day lands in the URL
 * (?asOf=YYYY-MM-DD) and the page can be shared or bookmarked; works without JavaScript.
 */
export function AsOfForm({
  path,
  day,
  evaluationYear,
  invalid,
  keep = {},
  moment,
  t,
}: {
  path: string;
  day: string | null;
  evaluationYear: number;
  invalid?: boolean;
  keep?: Record<string, string | undefined>;
  moment?: Date;
  t: Dictionary;
}) {
  const s = t.progress.asOf;
  const keepEntries = Object.entries(keep).filter((e): e is [string, string] => e[1] !== undefined);
  return (
    <form className="as-of" method="get" action={path} data-testid="as-of-form">
      {keepEntries.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="as-of__field">
        <span>{s.label}</span>
        <input type="date" name="asOf" defaultValue={day ?? ""} data-testid="as-of-input" />
      </label>
      <button className="button" type="submit">
        {s.apply}
      </button>
      {day ? (
        <Link className="button button--ghost" href={keepEntries.length ? `${path}?${new URLSearchParams(keepEntries)}` : path}>
          {s.latest}
        </Link>
      ) : null}
      <span className="muted small" data-testid="as-of-note">
        {invalid ? `${s.invalid} ` : ""}
        {asOfCaption(s, { day, moment, evaluationYear })}
      </span>
    </form>
  );
}
