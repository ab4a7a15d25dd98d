// Reading a plan document from text (JSON, or YAML for people who write by hand).
import { parse as parseYaml } from "yaml";
import { msg } from "@/lib/i18n/message";
import { zodIssues, type DocumentIssue } from "./issues";
import { planDocumentSchema, type PlanDocument } from "./schema";

export type ParseResult = { ok: true; document: PlanDocument } | { ok: false; issues: DocumentIssue[] };

/** Validates an already decoded value (a JSON body) against the schema. */
export function parsePlanDocument(value: unknown): ParseResult {
  // reportInput: issues carry the offending value, so the message can quote it
  const r = planDocumentSchema.safeParse(value, { reportInput: true });
  return r.success ? { ok: true, document: r.data } : { ok: false, issues: zodIssues(r.error) };
}

/** Text of a .json, .yaml or .yml file: JSON when it starts with "{", else YAML (a superset). */
export function parsePlanDocumentText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = body.trimStart().startsWith("{") ? JSON.parse(body) : parseYaml(body, { maxAliasCount: 100 });
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    return {
      ok: false,
      issues: [{ path: "", message: msg(`无法读取文件：应为 JSON 或 YAML（${detail}）`, `cannot read the file: expected JSON or YAML (${detail})`) }],
    };
  }
  return parsePlanDocument(value);
}
