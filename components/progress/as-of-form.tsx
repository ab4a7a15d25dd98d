import Link from "next/link";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";

/**
 * The as-of selector: a plain GET form, so the chosen day lands in the URL
 * (?asOf=YYYY-MM-DD) and the page can be shared or bookmarked; works without JavaScript.
 */
export function AsOfForm({ path, day, evaluationYear, invalid, keep = {}, t }: { path: string; day: string | null; evaluationYear: number; invalid?: boolean; keep?: Record<string, string | undefined>; t: Dictionary }) {
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
        {day ? fill(s.showingDay, { date: day, year: String(evaluationYear) }) : fill(s.showingLatest, { year: String(evaluationYear) })}
      </span>
    </form>
  );
}
