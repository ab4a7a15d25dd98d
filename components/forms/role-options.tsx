import { ROLES } from "@/lib/validation/account";

/** The options of a role select, in the role's own words. */
export function RoleOptions({ roles }: { roles: Record<string, string> }) {
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {roles[r] ?? r}
    </option>
  ));
}
