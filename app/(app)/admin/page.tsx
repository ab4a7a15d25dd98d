import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/forms/create-user-form";
import { PlanSettingsForm } from "@/components/forms/plan-settings-form";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { AuditTable } from "@/components/tables/audit-table";
import { UsersTable } from "@/components/tables/users-table";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listAuditLog } from "@/lib/data/audit-log";
import { listPlanSettings } from "@/lib/data/plan-settings";
import { listUsers } from "@/lib/data/users";
import { fill } from "@/lib/i18n/dictionary";
import { listUnits } from "@/lib/data/units";
import { getDictionary } from "@/lib/i18n/server-locale";
import { mailStrings } from "@/lib/i18n/strings/mail";
import { mailStatus } from "@/lib/mail/transport";
import { can } from "@/lib/permissions";
import { auditQuery } from "@/lib/validation/account";

export const metadata: Metadata = { title: "管理 Administration" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageUser("/admin");
  const { locale, t } = await getDictionary();
  if (!can(actor, "user.manage")) return <ForbiddenNotice title={t.admin.forbidden.title} body={t.admin.forbidden.body} />;
  const sp = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const query = auditQuery.safeParse(sp);
  const [users, audit, plans, units] = await Promise.all([
    listUsers(actor),
    listAuditLog(actor, query.success ? query.data : auditQuery.parse({})),
    listPlanSettings(actor),
    listUnits(actor),
  ]);
  const ta = t.admin.audit;
  const nextHref = audit.nextCursor ? `/admin?${new URLSearchParams({ ...sp, cursor: audit.nextCursor }).toString()}#audit` : null;
  const { cursor: _cursor, ...filters } = sp;
  const mail = mailStatus();
  return (
    <>
      <div className="page-head">
        <h1>{t.admin.title}</h1>
        <p>
          <Link href="/account/tokens">{t.admin.tokensLink}</Link> · <Link href="/admin/plans">{t.planDocuments.link}</Link> ·{" "}
          <Link href="/admin/units">{t.submissions.nav.units}</Link>
        </p>
        <p className="muted" data-testid="mail-status">
          {mail.on ? fill(mailStrings[locale].adminMailOn, { from: mail.from }) : mailStrings[locale].adminMailOff}
        </p>
      </div>
      <section>
        <h2>{t.admin.users.title}</h2>
        <div className="grid">
          <UsersTable users={users} meId={actor.userId} t={t} locale={locale} />
          <div style={{ maxWidth: 420 }}>
            <CreateUserForm
              t={t.admin.users}
              roles={t.auth.roles}
              units={units.filter((u) => u.active).map((u) => ({ id: u.id, name: locale === "zh" ? u.nameZh : u.nameEn }))}
              unitLabel={t.submissions.userUnit}
            />
          </div>
        </div>
      </section>
      <section id="plan-settings">
        <h2>{t.planSettings.title}</h2>
        <div className="grid">
          {plans.map((p) => (
            <div key={p.plan} style={{ maxWidth: 420 }}>
              <PlanSettingsForm t={t.planSettings} values={{ ...p, planName: locale === "zh" ? p.nameZh : p.nameEn }} />
            </div>
          ))}
        </div>
      </section>
      <section id="audit">
        <h2>{ta.title}</h2>
        <form method="get" className="audit-filters" data-testid="audit-filters">
          {(["actor", "action", "entityType"] as const).map((k) => (
            <label key={k} className="field">
              <span>{ta[k]}</span>
              <input name={k} defaultValue={filters[k] ?? ""} />
            </label>
          ))}
          {(["from", "to"] as const).map((k) => (
            <label key={k} className="field">
              <span>{ta[k]}</span>
              <input name={k} type="date" defaultValue={filters[k] ?? ""} />
            </label>
          ))}
          <button className="button" type="submit">
            {ta.filter}
          </button>
          <Link href="/admin#audit">{ta.clear}</Link>
        </form>
        <AuditTable entries={audit.entries} t={ta} locale={locale} />
        <p className="button-row">
          {sp.cursor ? <Link href={`/admin?${new URLSearchParams(filters).toString()}#audit`}>{ta.first}</Link> : null}
          {nextHref ? <Link href={nextHref}>{ta.next}</Link> : null}
        </p>
      </section>
    </>
  );
}
