import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { User } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit, type AuditEntry } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import type { UserCreate, UserPatch } from "@/lib/validation/account";
import { fieldError } from "@/lib/validation/parse";

const view = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, unitId: u.unitId, active: u.active, createdAt: u.createdAt.toISOString() });
export type UserSummary = ReturnType<typeof view>;

export async function listUsers(actor: Actor): Promise<UserSummary[]> {
  authorize(actor, "user.manage");
  return (await prisma.user.findMany({ orderBy: { id: "asc" } })).map(view);
}

export async function createUser(actor: Actor, input: UserCreate): Promise<UserSummary> {
  authorize(actor, "user.manage");
  const admin = requireUser(actor);
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      await assertUnitExists(tx, input.unitId);
      const u = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash, unitId: input.unitId ?? null } });
      await writeAudit(
        admin.userId,
        { action: "user.create", entityType: "user", entityId: String(u.id), after: { email: u.email, name: u.name, role: u.role, unitId: u.unitId } },
        tx,
      );
      return view(u);
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", msg(`邮箱 ${input.email} 已有账户`, `An account with ${input.email} already exists`), {
        issues: [{ path: "email", message: msg("该邮箱已有账户", "this email already has an account") }],
      });
    throw e;
  }
}

/** A unit named for a user must exist (422 on the field, not a foreign-key 500). */
async function assertUnitExists(tx: TransactionClient, unitId: number | null | undefined) {
  if (unitId === null || unitId === undefined) return;
  if ((await tx.unit.count({ where: { id: unitId } })) === 0)
    throw new AppError("VALIDATION", msg("没有这个单位", "No such unit"), { issues: [{ path: "unitId", message: msg("没有这个单位", "no such unit") }] });
}

/** A reporter must keep a unit: the change that would leave one without is refused. */
function assertReporterUnit(before: User, patch: UserPatch) {
  const role = patch.role ?? before.role;
  const unitId = patch.unitId !== undefined ? patch.unitId : before.unitId;
  if (role === "reporter" && unitId === null)
    throw new AppError("VALIDATION", msg("报送员必须属于一个责任单位", "A reporter must belong to a responsible unit"), {
      issues: [{ path: "unitId", message: msg("请选择单位", "choose a unit") }],
    });
}

/** A change that would leave nobody able to manage users is refused. */
async function assertAdminRemains(tx: TransactionClient, before: User, patch: UserPatch) {
  const losesAdmin = before.role === "admin" && before.active && ((patch.role !== undefined && patch.role !== "admin") || patch.active === false);
  if (!losesAdmin) return;
  const others = await tx.user.count({ where: { role: "admin", active: true, id: { not: before.id } } });
  if (others === 0) throw new AppError("CONFLICT", msg("至少需要保留一名有效的管理员", "At least one active administrator must remain"));
}

/**
 * Changes role, active state, name or password. Each kind of change is its own audit
 * entry with before/after (user.role, user.deactivate / user.reactivate, user.rename,
 * user.password — the password itself is never logged). Takes effect on the user's next
 * request: sessions and tokens re-read the account every time, and a role, active-state
 * or password change also ends the user's sessions (a new session generation), so a
 * cookie from before — possibly in the hands of whoever knew the old password — is refused.
 */
export async function updateUser(actor: Actor, id: number, patch: UserPatch): Promise<UserSummary> {
  authorize(actor, "user.manage");
  const admin = requireUser(actor);
  const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", msg("没有这个用户", "No such user"));
    await assertAdminRemains(tx, before, patch);
    assertReporterUnit(before, patch);
    await assertUnitExists(tx, patch.unitId);
    const endsSessions =
      (patch.role !== undefined && patch.role !== before.role) || (patch.active !== undefined && patch.active !== before.active) || passwordHash !== undefined;
    const sessionVersion = endsSessions ? { increment: 1 } : undefined;
    const u = await tx.user.update({
      where: { id },
      data: { role: patch.role, active: patch.active, name: patch.name, passwordHash, sessionVersion, unitId: patch.unitId },
    });
    const entries: AuditEntry[] = [];
    const entity = { entityType: "user", entityId: String(id) };
    if (u.role !== before.role) entries.push({ action: "user.role", ...entity, before: { role: before.role }, after: { role: u.role } });
    if (u.active !== before.active)
      entries.push({ action: u.active ? "user.reactivate" : "user.deactivate", ...entity, before: { active: before.active }, after: { active: u.active } });
    if (u.name !== before.name) entries.push({ action: "user.rename", ...entity, before: { name: before.name }, after: { name: u.name } });
    if (u.unitId !== before.unitId) entries.push({ action: "user.unit", ...entity, before: { unitId: before.unitId }, after: { unitId: u.unitId } });
    if (passwordHash !== undefined) entries.push({ action: "user.password", ...entity, meta: { changed: true } });
    for (const e of entries) await writeAudit(admin.userId, e, tx);
    return view(u);
  });
}

/** "Sign out everywhere": every session of the acting user ends, this one included. */
export async function endAllSessions(actor: Actor): Promise<void> {
  const user = requireUser(actor);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(user.userId, { action: "user.signout_all", entityType: "user", entityId: String(user.userId) }, tx);
  });
}

/**
 * One's own password change, with the current password. Ends every session of the
 * account, this one included (whoever knew the old password may hold one).
 */
export async function changeOwnPassword(actor: Actor, input: { current: string; password: string }): Promise<void> {
  const user = requireUser(actor);
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.userId } });
  if (!(await verifyPassword(row.passwordHash, input.current))) throw fieldError("current", msg("当前密码不正确", "The current password is wrong"));
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(user.userId, { action: "user.password", entityType: "user", entityId: String(user.userId), meta: { changed: true, self: true } }, tx);
  });
}
