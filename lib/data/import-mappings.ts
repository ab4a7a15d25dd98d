import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import type { MappingOptions } from "@/lib/import/yearbook/mapping-options";
import { writeAudit } from "@/lib/data/audit";

// Saved mappings: an analyst's choices for one shape of yearbook table (which row is the
// header, what each column holds, the indicator, unit and source), kept under a name
// ("住建部城市建设统计年鉴 表…") and applied again to a later file with the same header.

export interface SavedMapping {
  name: string;
  signature: string;
  options: MappingOptions;
}

const plain = (m: { name: string; signature: string; options: unknown }): SavedMapping => ({
  name: m.name,
  signature: m.signature,
  options: m.options as MappingOptions,
});

/** The mapping saved under `name`; NOT_FOUND names the saved ones. */
export async function getImportMapping(actor: Actor, name: string): Promise<SavedMapping> {
  authorize(actor, "observation.import");
  const row = await prisma.importMapping.findUnique({ where: { name }, select: { name: true, signature: true, options: true } });
  if (!row) {
    const names = (await prisma.importMapping.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 20 })).map((m) => m.name);
    throw new AppError(
      "NOT_FOUND",
      msg(
        `没有名为“${name}”的已保存映射${names.length ? `；已保存：${names.join("、")}` : ""}`,
        `No saved mapping named "${name}"${names.length ? `; saved: ${names.join(", ")}` : ""}`,
      ),
    );
  }
  return plain(row);
}

/** The most recently saved mapping for a table whose header has this signature, if any. */
export async function findImportMappingFor(actor: Actor, signature: string): Promise<SavedMapping | null> {
  authorize(actor, "observation.import");
  const row = await prisma.importMapping.findFirst({
    where: { signature },
    orderBy: { updatedAt: "desc" },
    select: { name: true, signature: true, options: true },
  });
  return row ? plain(row) : null;
}

/** Saves (or replaces) the mapping `name`; audited. */
export async function saveImportMapping(actor: Actor, name: string, signature: string, options: MappingOptions): Promise<SavedMapping> {
  authorize(actor, "observation.import");
  const user = requireUser(actor);
  const json = JSON.parse(JSON.stringify(options)) as object;
  return prisma.$transaction(async (tx) => {
    const row = await tx.importMapping.upsert({
      where: { name },
      create: { name, signature, options: json, createdById: user.userId },
      update: { signature, options: json },
      select: { name: true, signature: true, options: true },
    });
    await writeAudit(user.userId, { action: "import_mapping.save", entityType: "import_mapping", entityId: name, after: { signature, options: json } }, tx);
    return plain(row);
  });
}
