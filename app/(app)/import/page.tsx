import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { ImportForm } from "@/components/forms/import-form";
import { MixedLangText } from "@/components/text/mixed-lang-text";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listIndicators } from "@/lib/data/indicators";
import { listRegionNames } from "@/lib/data/regions";
import { getDictionary } from "@/lib/i18n/server-locale";
import { COLUMNS } from "@/lib/import/columns";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "批量导入 Import" };

export default async function ImportPage() {
  const actor = await requirePageUser("/import");
  const { locale, t } = await getDictionary();
  if (!can(actor, "observation.import")) return <ForbiddenNotice title={t.entry.forbidden.title} body={t.entry.forbidden.body} />;
  const [regions, indicators] = await Promise.all([listRegionNames(actor), listIndicators(actor)]);
  const L = locale === "zh";
  // adcode → name and indicator:code → name, so the preview reads like the file
  const names: Record<string, string> = Object.fromEntries([
    ...regions.map((r): [string, string] => [r.adcode, L ? r.nameZh : r.nameEn]),
    ...indicators.map((i): [string, string] => [`indicator:${i.code}`, L ? i.nameZh : i.nameEn]),
  ]);
  const ti = t.entry.import;
  return (
    <>
      <div className="page-head">
        <h1>{ti.title}</h1>
        <p className="muted">{ti.intro}</p>
      </div>
      <div className="import-layout">
        <ImportForm t={ti} tt={t.importTable} locale={locale} names={names} />
        <aside className="card" data-testid="import-columns">
          <h2 className="card-title">{ti.columnsTitle}</h2>
          <table className="data">
            <thead>
              <tr>
                <th>{ti.column}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((c) => (
                <tr key={c.key}>
                  <td>
                    <code>{c.key}</code> / <span lang="zh-CN">{c.zh}</span>
                    <div className="small muted">{c.required ? ti.required : ti.optional}</div>
                  </td>
                  <td className="small">
                    <MixedLangText text={ti.columnHelp[c.key] ?? ""} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted">{ti.encodingNote}</p>
          <p>
            <a href="/import/template" download data-testid="template-link">
              {ti.template}
            </a>
          </p>
        </aside>
      </div>
    </>
  );
}
