import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Unit } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/db-errors";
import type { UnitCreate, UnitPatch } from "@/lib/validation/units";

const view = (u: Unit) => ({ id: u.id, nameZh: u.nameZh, nameEn: u.nameEn, kind: u.kind, contact: u.contact, active: u.active });
export type UnitSummary = ReturnType<typeof view>;

const auditView = (u: Unit) => ({ nameZh: u.nameZh, nameEn: u.nameEn, kind: u.kind, contact: u.contact, active: u.active });

function duplicateName(nameZh: string) {
  return new AppError("CONFLICT", msg(`已有名为「${nameZh}」的单位`, `A unit named ${nameZh} already exists`), {
    issues: [{ path: "nameZh", message: msg("该名称已被使用", "this name is taken") }],
  });
}

/** Every unit, active ones first (anyone who reads the plan sees who is responsible). */
export async function listUnits(actor: Actor): Promise<UnitSummary[]> {
  authorize(actor, "plan.read");
  return (await prisma.unit.findMany({ orderBy: [{ active: "desc" }, { id: "asc" }] })).map(view);
}

export async function createUnit(actor: Actor, input: UnitCreate): Promise<UnitSummary> {
  authorize(actor, "unit.manage");
  const admin = requireUser(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const u = await tx.unit.create({ data: { nameZh: input.nameZh, nameEn: input.nameEn, kind: input.kind || null, contact: input.contact || null } });
      await writeAudit(admin.userId, { action: "unit.create", entityType: "unit", entityId: String(u.id), after: auditView(u) }, tx);
      return view(u);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName(input.nameZh);
    throw e;
  }
}

/** Renames, re-describes, deactivates or reactivates a unit; a deactivated unit keeps its history and assignments. */
export async function updateUnit(actor: Actor, id: number, patch: UnitPatch): Promise<UnitSummary> {
  authorize(actor, "unit.manage");
  const admin = requireUser(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.unit.findUnique({ where: { id } });
      if (!before) throw new AppError("NOT_FOUND", msg("没有这个单位", "No such unit"));
      const blank = (v: string | undefined) => (v === undefined ? undefined : v || null);
      const u = await tx.unit.update({
        where: { id },
        data: { nameZh: patch.nameZh, nameEn: patch.nameEn, kind: blank(patch.kind), contact: blank(patch.contact), active: patch.active },
      });
      await writeAudit(
        admin.userId,
        {
          action: u.active !== before.active ? (u.active ? "unit.reactivate" : "unit.deactivate") : "unit.update",
          entityType: "unit",
          entityId: String(id),
          before: auditView(before),
          after: auditView(u),
        },
        tx,
      );
      return view(u);
    });
  } catch (e) {
    if (isUniqueViolation(e) && patch.nameZh) throw duplicateName(patch.nameZh);
    throw e;
  }
}
