// Problems found in a plan document, each naming where it is (targets[3].baseline.year)
// and what is accepted there, in Chinese and English.
import type { z } from "zod";
import { msg, type Message } from "@/lib/i18n/message";

export interface DocumentIssue {
  /** e.g. "targets[3].baseline.year"; "" for the document as a whole */
  path: string;
  message: Message;
}

/** ["targets", 3, "baseline", "year"] → "targets[3].baseline.year" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, Message> = {
  string: msg("文字", "text"),
  number: msg("数字", "a number"),
  int: msg("整数", "a whole number"),
  boolean: msg("true 或 false", "true or false"),
  array: msg("列表（数组）", "a list (array)"),
  object: msg("对象", "an object"),
};

function describeReceived(input: unknown): string {
  if (input === undefined) return "";
  const s = JSON.stringify(input);
  return s === undefined ? "" : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** One zod issue → a message that says what is accepted. */
function zodIssueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return msg("必填", "required");
      const t = TYPE_NAMES[issue.expected] ?? msg(issue.expected, issue.expected);
      const got = describeReceived(issue.input);
      return msg(`应为${t.zh}，收到 ${got}`, `expected ${t.en}, got ${got}`);
    }
    case "invalid_value": {
      const list = issue.values.map((v) => JSON.stringify(v)).join(", ");
      const got = describeReceived(issue.input);
      return msg(`可接受的值：${list}；收到 ${got}`, `accepted values: ${list}; got ${got}`);
    }
    case "unrecognized_keys":
      return msg(
        `无法识别的字段：${issue.keys.join("、")}（字段名见 JSON Schema）`,
        `unrecognised field(s): ${issue.keys.join(", ")} (see the JSON Schema for the fields)`,
      );
    case "too_small":
      if (issue.origin === "string") return msg("不能为空", "must not be empty");
      if (issue.origin === "array") return msg(`至少 ${String(issue.minimum)} 项`, `at least ${String(issue.minimum)} item(s)`);
      return msg(`应不小于 ${String(issue.minimum)}`, `must be at least ${String(issue.minimum)}`);
    case "too_big":
      if (issue.origin === "string") return msg(`过长：最多 ${String(issue.maximum)} 个字符`, `too long: at most ${String(issue.maximum)} characters`);
      if (issue.origin === "array") return msg(`最多 ${String(issue.maximum)} 项`, `at most ${String(issue.maximum)} item(s)`);
      return msg(`应不大于 ${String(issue.maximum)}`, `must be at most ${String(issue.maximum)}`);
    case "invalid_format":
      if (issue.format === "date") return msg("日期格式应为 YYYY-MM-DD，如 2016-04-27", "a date as YYYY-MM-DD, e.g. 2016-04-27");
      if (issue.format === "regex") return msg(`格式不符：${issue.pattern ?? ""}`, `does not match the pattern ${issue.pattern ?? ""}`);
      return msg(`格式不符（${issue.format}）`, `wrong format (${issue.format})`);
    default:
      return msg(`无效的值：${issue.message}`, `invalid value: ${issue.message}`);
  }
}

export function zodIssues(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: zodIssueMessage(i) }));
}
