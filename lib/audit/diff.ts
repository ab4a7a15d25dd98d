// Turns an audit entry's before/after JSON into rows a reader can scan: one per field that differs.

export interface AuditDiffRow {
  field: string;
  /** Display text; "" when the field was absent on that side. */
  before: string;
  after: string;
}

type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A value as one line of text: strings bare, everything else as JSON; absent/null as "". */
function auditValueText(v: Json): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

/**
 * Field-by-field difference of two recorded snapshots, in the order fields first appear
 * (before's keys, then after's new ones). Unchanged fields are left out, since the reader
 * wants what changed; a creation (no before) lists every field of after, a deletion every field
 * of before. Non-object snapshots compare as a single row with field "".
 */
export function auditDiff(before: Json, after: Json): AuditDiffRow[] {
  const b = before ?? null;
  const a = after ?? null;
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) {
    const bt = auditValueText(b);
    const at = auditValueText(a);
    return bt === at ? [] : [{ field: "", before: bt, after: at }];
  }
  const bo = (b ?? {}) as Record<string, Json>;
  const ao = (a ?? {}) as Record<string, Json>;
  const keys = [...Object.keys(bo), ...Object.keys(ao).filter((k) => !(k in bo))];
  const rows: AuditDiffRow[] = [];
  for (const k of keys) {
    const bt = auditValueText(bo[k]);
    const at = auditValueText(ao[k]);
    if (bt !== at) rows.push({ field: k, before: bt, after: at });
  }
  return rows;
}
