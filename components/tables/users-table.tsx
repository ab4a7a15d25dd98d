import type { UserSummary } from "@/lib/data/users";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/format";
import { UserRowActions } from "@/components/forms/user-row-actions";

export function UsersTable({ users, meId, t, locale }: { users: UserSummary[]; meId: number; t: Dictionary; locale: Locale }) {
  const tu = t.admin.users;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="users-table">
        <thead>
          <tr>
            <th>{tu.email}</th>
            <th>{tu.name}</th>
            <th>{tu.role}</th>
            <th>{tu.status}</th>
            <th>{tu.created}</th>
            <th>{tu.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-${u.email}`}>
              <td>
                {u.email}
                {u.id === meId ? tu.you : ""}
              </td>
              <td>{u.name}</td>
              <td>{t.auth.roles[u.role] ?? u.role}</td>
              <td>{u.active ? <span className="tag">{tu.active}</span> : <span className="tag tag--flag">{tu.inactive}</span>}</td>
              <td className="small">{formatDate(u.createdAt, locale)}</td>
              <td>
                <UserRowActions user={u} t={tu} roles={t.auth.roles} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
