import { textLang } from "@/lib/i18n/text-lang";
import type { Metadata } from "next";
import Link from "next/link";
import { listRegions } from "@/lib/data/regions";
import { getDictionary } from "@/lib/i18n/server-locale";
import { requirePageUser } from "@/lib/auth/page-actor";
import { regionListQuery } from "@/lib/validation/read-queries";

export const metadata: Metadata = { title: "地区 Regions" };

export default async function RegionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageUser("/regions");
  const { locale, t } = await getDictionary();
  const raw = await searchParams;
  const parsed = regionListQuery.safeParse({ q: typeof raw.q === "string" ? raw.q : undefined });
  const q = parsed.success ? parsed.data.q : undefined;
  const regions = await listRegions(actor, { q });
  const L = locale === "zh";
  return (
    <>
      <div className="page-head">
        <h1>{t.regions.title}</h1>
        <p className="muted">{t.regions.intro}</p>
      </div>
      <form className="search" role="search" action="/regions">
        <input type="search" name="q" defaultValue={q ?? ""} placeholder={t.common.searchPlaceholder} aria-label={t.common.search} />
        <button className="button" type="submit">
          {t.common.search}
        </button>
      </form>
      <p className="muted small" data-testid="region-count">
        {regions.length} {q ? t.common.results : t.regions.count}
      </p>
      {regions.length === 0 ? (
        <p className="empty">{t.common.noResults}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="region-table">
            <thead>
              <tr>
                <th>{t.common.code}</th>
                <th>{t.common.name}</th>
                <th>{t.common.level}</th>
                <th>{t.common.inCluster}</th>
                <th>{t.common.roles}</th>
                <th>{t.common.aliases}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.adcode}>
                  <td className="num">{r.adcode}</td>
                  <td>
                    <Link href={`/regions/${r.adcode}`}>{L ? r.nameZh : r.nameEn}</Link>
                    <div className="small muted" lang={L ? "en" : "zh-CN"}>
                      {L ? r.nameEn : r.nameZh}
                    </div>
                  </td>
                  <td>{t.levels[r.level] ?? r.level}</td>
                  <td>
                    {t.membership[r.inCluster]}
                    {r.inClusterNote ? (
                      <div className="small muted" lang={textLang(r.inClusterNote)}>
                        {r.inClusterNote}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {r.roles.map((x) => (
                      <span key={x.role} className="tag">
                        {t.roleKinds[x.role]}
                      </span>
                    ))}
                  </td>
                  <td className="small" lang="zh-CN">
                    {r.aliases.map((a) => a.alias).join("、")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
