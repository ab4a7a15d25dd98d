// Rows wider than the header. The usual cause is an unquoted number with thousands
// separators — 1,619,700 written without quotes splits into three cells and shifts
// every later column — so the message says exactly that.

import { joinList, msg } from "@/lib/i18n/message";
import type { CsvRow } from "./csv-reader";
import { wholeRowError, type RowError } from "./row-error";

export function rowShapeErrors(row: CsvRow): RowError[] {
  if (row.extraValues.length === 0) return [];
  const shown = row.extraValues.slice(0, 3);
  return [
    wholeRowError(
      row.rowNumber,
      row.extraValues.join(","),
      msg(
        `比表头多出 ${row.extraValues.length} 个值（${joinList(
          shown.map((v) => `“${v}”`),
          "zh",
        )}）；含逗号的值（如 1,619,700）须用英文双引号括起来："1,619,700"`,
        `has ${row.extraValues.length} more value(s) than the header (${joinList(
          shown.map((v) => `"${v}"`),
          "en",
        )}); values containing commas (such as 1,619,700) must be in double quotes: "1,619,700"`,
      ),
    ),
  ];
}
