import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listRounds } from "@/lib/data/rounds";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "监测轮次 Rounds" };

type Props = { searchParams: Promise<{ plan?: string }> };

export default async function RoundsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const actor = await requirePageUser("/rounds");
  const { t } = await getDictionary();
  const s = t.rounds.list;
  const rounds = await listRounds(actor, sp.plan);
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.rounds.nav.rounds}</div>
        <h1>{s.title}</h1>
        <p className="muted">{s.intro}</p>
        {can(actor, "round.manage") ? (
          <p>
            <Link className="button" href="/rounds/new">
              {s.new}
            </Link>
          </p>
        ) : null}
      </div>
      {rounds.length === 0 ? (
        <p className="empty">{s.empty}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={s.title}>
          <table className="data" data-testid="round-list">
            <thead>
              <tr>
                <th>{s.name}</th>
                <th>{s.year}</th>
                <th>{s.dueDate}</th>
                <th>{s.status}</th>
                <th>{s.targets}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/rounds/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{r.year}</td>
                  <td>{r.dueDate}</td>
                  <td>{r.status === "open" ? s.open : s.frozen}</td>
                  <td>{r.targetCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
