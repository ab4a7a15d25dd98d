import fs from "node:fs";
import path from "node:path";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { applyPlanDocument, documentError } from "@/lib/data/plan-publish";
import { parsePlanDocumentText } from "@/lib/plan-document/parse";
import type { PlanDocument } from "@/lib/plan-document/schema";

// The plans the product ships, as plan documents: loaded through the same path as an
// admin's upload (lib/data/plan-publish.ts). No plan content lives in TypeScript.
const PLANS_DIR = path.join(import.meta.dirname, "..", "plans");

/** Every shipped document, in file-name order (chengyu-2016 before chengyu-2021). */
function readShippedPlans(dir = PLANS_DIR): { file: string; document: PlanDocument }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .sort()
    .map((f) => {
      const r = parsePlanDocumentText(fs.readFileSync(path.join(dir, f), "utf8"));
      if (!r.ok) throw Object.assign(documentError(r.issues), { file: f });
      return { file: f, document: r.document };
    });
}

/**
 * Publishes each shipped plan whose document was never published (a new release's
 * correction becomes the plan's next version). A document already published, as any
 * version, writes nothing: start-up never writes data when nothing changed, and an
 * admin's later upload of the same slug is not undone by a restart.
 */
export async function seedPlans(tx: TransactionClient): Promise<{ slug: string; status: string }[]> {
  const out: { slug: string; status: string }[] = [];
  for (const { document } of readShippedPlans()) {
    const s = await applyPlanDocument(tx, document, null);
    out.push({ slug: s.slug, status: s.status });
  }
  return out;
}
