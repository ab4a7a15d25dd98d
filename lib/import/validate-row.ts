// Validates one CSV row against the indicator catalogue and region list.
// Every problem in the row is reported (not just the first), so an analyst can fix a
// row in one pass. Each message names the row, the column, the offending value and what
// would have been accepted, in Chinese and English.

import { joinList, msg, type Message } from "@/lib/i18n/message";
import { acceptedUnitsFor } from "@/lib/units/unit-registry";
import { convertValue } from "@/lib/units/convert";
import type { ColumnKey, RawRow } from "./columns";
import type { Flag } from "@/lib/progress/flags";
import { parseFlags } from "./flags";
import { negativeNotAllowed } from "@/lib/validation/plausibility";
import { unescapeCellText } from "./formula-escape";
import { parsePublished } from "./published-date";
import { parseDecimal } from "./parse-number";
import { controlCharacterIn, describeCodePoint } from "./text-checks";
import { storableProblem } from "./value-range";
import { cellError, type RowError } from "./row-error";
import type { IndicatorRef, RowContext, ValidRow } from "./types";
import { parseYear } from "./year-range";

export const MAX_SOURCE_CHARS = 500;
export const MAX_NOTE_CHARS = 2000;

const NUMBER_EXAMPLE = msg("请填写数字，如 161.97 或 1,619,700", "write a number such as 161.97 or 1,619,700");

export type RowValidation = { ok: true; row: ValidRow } | { ok: false; errors: RowError[] };

/** Characters as people count them (an emoji or rare hanzi is one, not two UTF-16 units). */
function charCount(text: string): number {
  return [...text].length;
}

function indicatorHint(ctx: RowContext): Message {
  const codes = ctx.indicatorCodes ?? [];
  if (codes.length === 0) return msg("请填写指标代码或指标的中文/英文名称", "use the indicator code or its Chinese/English name");
  const shown = codes.slice(0, 10);
  const more = codes.length > shown.length ? msg(" 等", ", …") : msg("", "");
  return msg(
    `请填写指标代码或指标的中文/英文名称；可用代码：${joinList(shown, "zh")}${more.zh}`,
    `use the indicator code or its Chinese/English name; codes: ${joinList(shown, "en")}${more.en}`,
  );
}

function unitProblem(unit: string, indicator: IndicatorRef, reason: string): Message {
  const accepted = acceptedUnitsFor(indicator.unit);
  const zhList = `${joinList(accepted, "zh")}（留空即为${indicator.unit}）`;
  const enList = `${joinList(accepted, "en")} (empty means ${indicator.unit})`;
  if (reason === "unknown_unit") {
    return msg(
      `无法识别的单位“${unit}”；指标“${indicator.nameZh}”接受：${zhList}`,
      `unrecognised unit "${unit}"; indicator "${indicator.nameEn}" accepts: ${enList}`,
    );
  }
  return msg(
    `单位“${unit}”不能换算为指标“${indicator.nameZh}”的单位“${indicator.unit}”；接受：${zhList}`,
    `unit "${unit}" cannot be converted to "${indicator.unit}", the unit of indicator "${indicator.nameEn}"; accepted: ${enList}`,
  );
}

function textProblem(column: "source" | "note", text: string, max: number): Message | null {
  if (column === "source" && text === "") {
    return msg(
      `来源为空；请填写数据来源（出版物、网址等），最多 ${max} 字`,
      `source is empty; give the publication, URL or other origin of the figure (at most ${max} characters)`,
    );
  }
  if (text.length <= max) return null; // never more characters than UTF-16 units: no need to count
  const length = charCount(text);
  if (length <= max) return null;
  const label = column === "source" ? msg("来源", "source") : msg("备注", "note");
  return msg(`${label.zh}过长（${length} 字）；最多 ${max} 字`, `${label.en} is too long (${length} characters); at most ${max}`);
}

/** Reads and reports cells of one row (a class, not closures made afresh for every row of a file). */
class RowCells {
  readonly errors: RowError[] = [];
  /** Columns already reported for a control character: their other problems follow from it. */
  private readonly garbled = new Set<ColumnKey>();
  constructor(
    private readonly raw: RawRow,
    private readonly rowNumber: number,
  ) {}
  cell(key: ColumnKey): string {
    return unescapeCellText(this.raw[key] ?? ""); // exports prefix formula-like text with ' (formula-escape.ts)
  }
  fail(key: ColumnKey, detail: Message): void {
    if (this.garbled.has(key)) return;
    this.errors.push(cellError(this.rowNumber, key, this.cell(key), detail));
  }
  /** NUL and other control characters are refused in every cell (PostgreSQL cannot store NUL; the rest are corruption). */
  checkControlCharacters(): void {
    for (const key of Object.keys(this.raw) as ColumnKey[]) {
      const found = controlCharacterIn(this.cell(key), MULTILINE.has(key));
      if (!found) continue;
      const what = describeCodePoint(found.char);
      const allowed = MULTILINE.has(key) ? msg("（允许制表符和换行）", " (tabs and line breaks are allowed)") : msg("", "");
      this.fail(
        key,
        msg(
          `第 ${found.position} 个字符是控制字符 ${what}；只接受可打印的文字${allowed.zh}，请删除该字符（文件可能已损坏或编码有误）`,
          `character ${found.position} is the control character ${what}; only printable text is accepted${allowed.en}: remove it (the file may be damaged or in another encoding)`,
        ),
      );
      this.garbled.add(key);
    }
  }
}

/** Free-text columns, where a tab or a line break is part of the text. */
const MULTILINE: ReadonlySet<ColumnKey> = new Set(["source", "note"]);

export function validateRow(raw: RawRow, rowNumber: number, ctx: RowContext): RowValidation {
  const row = new RowCells(raw, rowNumber);
  const { errors } = row;
  row.checkControlCharacters();

  // 地区
  let adcode: string | null = null;
  const region = ctx.resolveRegion(row.cell("region"));
  if (region.ok) adcode = region.adcode;
  else row.fail("region", region.error);

  // 指标
  const indicatorText = row.cell("indicator").normalize("NFKC").trim();
  const indicator = indicatorText === "" ? null : ctx.findIndicator(indicatorText);
  if (!indicator) {
    const hint = indicatorHint(ctx);
    row.fail(
      "indicator",
      indicatorText === ""
        ? msg(`指标为空；${hint.zh}`, `indicator is empty; ${hint.en}`)
        : msg(`无法识别的指标“${indicatorText}”；${hint.zh}`, `unrecognised indicator "${indicatorText}"; ${hint.en}`),
    );
  }

  // 年份
  const year = parseYear(row.cell("year"));
  if (year === null || year < ctx.minYear || year > ctx.maxYear) {
    const written = row.cell("year").trim();
    const what = written === "" ? msg("年份为空", "year is empty") : msg(`年份“${written}”无效`, `invalid year "${written}"`);
    row.fail(
      "year",
      msg(
        `${what.zh}；应为 ${ctx.minYear}–${ctx.maxYear} 之间的四位整数，如 2018`,
        `${what.en}; expected a four-digit year from ${ctx.minYear} to ${ctx.maxYear}, e.g. 2018`,
      ),
    );
  }

  // 数值 and 单位: the unit can only be checked once we know the indicator.
  const number = parseDecimal(row.cell("value"));
  const unitAsEntered = row.cell("unit").trim(); // kept as written (km² stays km², not km2)
  let value: number | null = null;
  if (!number.ok) {
    const written = row.cell("value").trim();
    const detail =
      number.reason === "empty"
        ? msg(`数值为空；${NUMBER_EXAMPLE.zh}`, `value is empty; ${NUMBER_EXAMPLE.en}`)
        : number.reason === "bad_grouping"
          ? msg(
              `“${written}”的千位分隔符位置不对；千位分隔应每三位一组（如 1,619,700），小数请用“.”（如 161.97）`,
              `"${written}" has misplaced thousands separators; group digits in threes (1,619,700) and use "." for decimals (161.97)`,
            )
          : msg(
              `“${written}”不是数字；${NUMBER_EXAMPLE.zh}，单位请写在“单位”列`,
              `"${written}" is not a number; ${NUMBER_EXAMPLE.en}, with the unit in the "unit" column`,
            );
    row.fail("value", detail);
  } else if (indicator) {
    const converted = convertValue(number.value, unitAsEntered, indicator.unit);
    if (!converted.ok) row.fail("unit", unitProblem(unitAsEntered, indicator, converted.reason));
    else {
      const written = row.cell("value").trim();
      const range = storableProblem(written, unitAsEntered, converted.value, indicator.unit);
      if (range) row.fail("value", range);
      else if (negativeNotAllowed(converted.value, indicator.unit, indicator.allowNegative)) {
        row.fail(
          "value",
          msg(
            `“${written}”为负数，但指标“${indicator.nameZh}”（${indicator.unit}）不能为负；请填写 0 或正数`,
            `"${written}" is negative, which indicator "${indicator.nameEn}" (${indicator.unit}) cannot be; write 0 or a positive number`,
          ),
        );
      } else value = converted.value;
    }
  }

  // 来源 / 备注
  const source = row.cell("source").trim();
  const sourceProblem = textProblem("source", source, MAX_SOURCE_CHARS);
  if (sourceProblem) row.fail("source", sourceProblem);
  const note = row.cell("note").trim();
  const noteProblem = textProblem("note", note, MAX_NOTE_CHARS);
  if (noteProblem) row.fail("note", noteProblem);

  // 标记
  let flags: Flag[] = [];
  const parsedFlags = parseFlags(row.cell("flags"));
  if (parsedFlags.ok) flags = parsedFlags.flags;
  else {
    const unknown = parsedFlags.unknown;
    row.fail(
      "flags",
      msg(
        `无法识别的标记${joinList(
          unknown.map((f) => `“${f}”`),
          "zh",
        )}；可用标记：${parsedFlags.accepted.zh}；多个标记用“;”分隔`,
        `unrecognised flag(s) ${joinList(
          unknown.map((f) => `"${f}"`),
          "en",
        )}; accepted: ${parsedFlags.accepted.en}; separate several with ";"`,
      ),
    );
  }

  // 发布日期 (optional)
  const published = parsePublished(row.cell("published"));
  if (!published.ok) row.fail("published", published.message);

  if (errors.length > 0 || adcode === null || !indicator || year === null || value === null || !number.ok) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      rowNumber,
      adcode,
      indicatorCode: indicator.code,
      year,
      value,
      valueAsEntered: number.cleaned,
      unitAsEntered,
      source,
      note,
      flags,
      publishedAt: published.ok ? published.date : null,
    },
  };
}
