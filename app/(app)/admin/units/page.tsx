import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { CreateUnitForm, EditUnitForm } from "@/components/forms/unit-forms";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listUnits } from "@/lib/data/units";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "责任单位 Responsible units" };

export default async function UnitsPage() {
  const actor = await requirePageUser("/admin/units");
  const { t } = await getDictionary();
  if (!can(actor, "unit.manage")) return <ForbiddenNotice title={t.admin.forbidden.title} body={t.admin.forbidden.body} />;
  const units = await listUnits(actor);
  const tu = t.submissions.units;
  return (
    <>
      <div className="page-head">
        <h1>{tu.title}</h1>
        <p className="muted">{tu.intro}</p>
        <p>
          <Link href="/admin">{tu.backToAdmin}</Link>
        </p>
      </div>
      <section className="grid grid--two" data-testid="units">
        <CreateUnitForm t={tu} />
        {units.length === 0 ? <p className="muted">{tu.none}</p> : null}
        {units.map((u) => (
          <EditUnitForm key={`${u.id}:${u.nameZh}:${u.active}`} t={tu} unit={u} />
        ))}
      </section>
    </>
  );
}
