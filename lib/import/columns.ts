// The columns of an observations CSV and how header cells map onto them.
// Headers are matched case-, width- and whitespace-insensitively, in English or Chinese,
// because analysts build these files by hand in Excel/WPS in either language.

import { joinList, msg, type Message } from "@/lib/i18n/message";

export type ColumnKey = "region" | "indicator" | "year" | "value" | "unit" | "source" | "note" | "flags" | "published";

export interface ColumnDef {
  key: ColumnKey;
  zh: string;
  required: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  { key: "region", zh: "地区", required: true },
  { key: "indicator", zh: "指标", required: true },
  { key: "year", zh: "年份", required: true },
  { key: "value", zh: "数值", required: true },
  // Optional: an empty or missing unit means the value is in the indicator's unit.
  { key: "unit", zh: "单位", required: false },
  { key: "source", zh: "来源", required: true },
  { key: "note", zh: "备注", required: false },
  { key: "flags", zh: "标记", required: false },
  // Optional: when the figure was published (lib/import/published-date.ts); empty = when recorded.
  { key: "published", zh: "发布日期", required: false },
];

/** Display label of a column: 单位 in zh, unit in en. */
export function columnLabel(key: ColumnKey): Message {
  const def = COLUMNS.find((c) => c.key === key);
  return msg(def?.zh ?? key, key);
}

export function normalizeHeaderCell(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "");
}

const BY_HEADER: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMNS.flatMap((c) => [
    [normalizeHeaderCell(c.key), c.key],
    [normalizeHeaderCell(c.zh), c.key],
  ]),
);

/** The column a single header cell names (地区 → region), or null. */
export function columnKeyOf(cell: string): ColumnKey | null {
  return BY_HEADER.get(normalizeHeaderCell(cell)) ?? null;
}

export type RawRow = Partial<Record<ColumnKey, string>>;

export type HeaderMapping =
  | {
      ok: true;
      /** For each cell position, the column it feeds, or null when ignored. */
      columns: (ColumnKey | null)[];
      present: ColumnKey[];
      /** Header cells we did not recognise (non-empty ones only). */
      ignored: string[];
      warnings: Message[];
    }
  | { ok: false; errors: Message[] };

function acceptedHeaders(): Message {
  const list = (required: boolean, locale: "zh" | "en") =>
    joinList(
      COLUMNS.filter((c) => c.required === required).map((c) => (locale === "zh" ? `${c.zh}/${c.key}` : `${c.key}/${c.zh}`)),
      locale,
    );
  return msg(
    `必填列：${list(true, "zh")}；可选列：${list(false, "zh")}（列名不区分大小写，中英文均可）`,
    `required columns: ${list(true, "en")}; optional: ${list(false, "en")} (case-insensitive, English or Chinese)`,
  );
}

export function mapHeader(cells: readonly string[]): HeaderMapping {
  const columns: (ColumnKey | null)[] = [];
  const firstCell = new Map<ColumnKey, string>();
  const ignored: string[] = [];
  const errors: Message[] = [];

  for (const cell of cells) {
    const key = BY_HEADER.get(normalizeHeaderCell(cell)) ?? null;
    columns.push(key);
    const written = cell.replace(/^\uFEFF/, "").trim();
    if (key === null) {
      if (written !== "") ignored.push(written);
      continue;
    }
    const earlier = firstCell.get(key);
    if (earlier !== undefined) {
      // Two columns feeding one field: we cannot know which one the analyst meant.
      const label = columnLabel(key);
      errors.push(
        msg(
          `表头中“${earlier}”与“${written}”重复，都表示“${label.zh}”列；请删除其中一列`,
          `header columns "${earlier}" and "${written}" both mean the "${label.en}" column; remove one of them`,
        ),
      );
    } else {
      firstCell.set(key, written);
    }
  }

  const missing = COLUMNS.filter((c) => c.required && !firstCell.has(c.key));
  if (missing.length > 0) {
    const accepted = acceptedHeaders();
    errors.unshift(
      msg(
        `缺少必填列：${joinList(
          missing.map((c) => c.zh),
          "zh",
        )}。${accepted.zh}`,
        `missing required column(s): ${joinList(
          missing.map((c) => c.key),
          "en",
        )}. ${accepted.en}`,
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors };

  const warnings =
    ignored.length > 0
      ? [
          msg(
            `以下列无法识别，已忽略：${joinList(
              ignored.map((c) => `“${c}”`),
              "zh",
            )}`,
            `unrecognised columns were ignored: ${joinList(
              ignored.map((c) => `"${c}"`),
              "en",
            )}`,
          ),
        ]
      : [];
  return { ok: true, columns, present: [...firstCell.keys()], ignored, warnings };
}
