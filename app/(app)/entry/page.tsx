import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { EntryWorkspace } from "@/components/forms/entry-workspace";
import { requirePageUser } from "@/lib/auth/page-actor";
import { getEntryGrid } from "@/lib/data/entry-grid";
import { formatUnit } from "@/lib/format";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "数据录入 Data entry" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function EntryPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageUser("/entry");
  const { locale, t } = await getDictionary();
  if (!can(actor, "observation.write")) return <ForbiddenNotice title={t.entry.forbidden.title} body={t.entry.forbidden.body} />;
  const sp = await searchParams;
  // regions the analyst added stay in the URL: ?regions=510500,510700 (&region= adds one more)
  const extra = [...(one(sp.regions)?.split(",") ?? []), one(sp.region) ?? ""].map((s) => s.trim()).filter((s) => /^[\w-]{2,16}$/.test(s));
  const grid = await getEntryGrid(actor, { indicator: one(sp.indicator), extraRegions: extra, plan: one(sp.plan) });
  if (!grid) return <p className="empty">{t.overview.noPlan}</p>;
  const L = locale === "zh";
  return (
    <>
      <div className="page-head">
        <h1>{t.entry.title}</h1>
        <p className="muted">{t.entry.intro}</p>
      </div>
      <div className="entry-toolbar">
        <form method="get" className="inline-form">
          {/* the plan chosen in the header travels with the form */}
          {one(sp.plan) ? <input type="hidden" name="plan" value={one(sp.plan)} /> : null}
          <label className="field field--inline">
            <span>{t.entry.indicator}</span>
            <select name="indicator" defaultValue={grid.indicator.code} data-testid="indicator-select">
              {grid.indicators.map((i) => (
                <option key={i.code} value={i.code}>
                  {L ? i.nameZh : i.nameEn} ({formatUnit(i.unit, locale)})
                </option>
              ))}
            </select>
          </label>
          <button className="button button--ghost" type="submit">
            {t.entry.show}
          </button>
        </form>
        <form method="get" className="inline-form">
          {/* the plan chosen in the header travels with the form */}
          {one(sp.plan) ? <input type="hidden" name="plan" value={one(sp.plan)} /> : null}
          <input type="hidden" name="indicator" value={grid.indicator.code} />
          <input type="hidden" name="regions" value={extra.join(",")} />
          <label className="field field--inline">
            <span>{t.entry.addRegion}</span>
            <select name="region" data-testid="add-region-select">
              {grid.otherRegions.map((r) => (
                <option key={r.adcode} value={r.adcode}>
                  {L ? r.nameZh : r.nameEn}
                </option>
              ))}
            </select>
          </label>
          <button className="button button--ghost" type="submit">
            {t.entry.add}
          </button>
        </form>
        <span className="muted small" data-testid="grid-unit">
          {fill(t.entry.unitNote, { unit: formatUnit(grid.indicator.unit, locale) })}
        </span>
      </div>
      <EntryWorkspace grid={grid} t={{ entry: t.entry, flags: t.flags, targetTypes: t.targetTypes }} locale={locale} />
    </>
  );
}
