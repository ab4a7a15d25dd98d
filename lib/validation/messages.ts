// Bilingual messages for schema issues. Schemas name a key ("required", "email" …) as
// their zod message; forms and the API turn it into {zh, en} here, so one schema serves
// both and no English-only text reaches a person.
import { msg, type Message } from "@/lib/i18n/message";

export const VALIDATION_MESSAGES = {
  required: msg("必填", "required"),
  tooLong: msg("内容过长", "too long"),
  number: msg("请填写数字，如 161.97 或 1,619,700", "write a number such as 161.97 or 1,619,700"),
  integer: msg("请填写整数", "write a whole number"),
  year: msg("年份应为四位整数，如 2018", "the year must be four digits, e.g. 2018"),
  yearRange: msg("年份超出允许范围", "the year is outside the allowed range"),
  flag: msg("无法识别的标记", "unknown flag"),
  email: msg("请填写有效的邮箱地址", "enter a valid email address"),
  password: msg("密码至少 10 个字符", "the password needs at least 10 characters"),
  role: msg("角色应为 admin、analyst 或 viewer", "the role must be admin, analyst or viewer"),
  indicatorCode: msg("代码只能包含小写字母、数字和下划线，以字母开头", "the code may contain lower-case letters, digits and underscores, starting with a letter"),
  targetType: msg("类型应为 min、max 或 approx", "the type must be min, max or approx"),
  attribute: msg("属性应为 binding（约束性）或 expected（预期性）", "the attribute must be binding or expected"),
  positive: msg("应为正整数", "must be a positive whole number"),
  date: msg("请填写日期或时间（ISO 8601，如 2024-05-01）", "enter a date or time (ISO 8601, e.g. 2024-05-01)"),
  nothingToChange: msg("没有需要修改的内容", "nothing to change"),
  invalid: msg("无效的值", "invalid value"),
  percentRange: msg("应为 0 到 100 之间的数", "must be a number from 0 to 100"),
  thresholdOrder: msg("红色阈值应大于黄色阈值", "the at-risk lag must be larger than the on-track lag"),
  tokenDays: msg("有效期应为 1 到 3650 天的整数，或 null（永不过期）", "the lifetime must be a whole number of days from 1 to 3650, or null (never expires)"),
} satisfies Record<string, Message>;


/**
 * A whole number outside its range (query parameters, ids): says the range, in both
 * languages, when the schema gave no message key of its own.
 */
export function rangeMessage(issue: { code: string; message: string; origin?: unknown; minimum?: unknown; maximum?: unknown }): Message | null {
  if (issue.message in VALIDATION_MESSAGES || (issue.origin !== "number" && issue.origin !== "bigint")) return null;
  if (issue.code === "too_big" && (typeof issue.maximum === "number" || typeof issue.maximum === "bigint")) {
    return msg(`数值过大，最大为 ${issue.maximum}`, `too large: at most ${issue.maximum}`);
  }
  if (issue.code === "too_small" && (typeof issue.minimum === "number" || typeof issue.minimum === "bigint")) {
    return msg(`数值过小，最小为 ${issue.minimum}`, `too small: at least ${issue.minimum}`);
  }
  return null;
}

/** The message for a zod issue: a known key, else zod's own (English) text in both slots. */
export function issueMessage(message: string): Message {
  return (VALIDATION_MESSAGES as Record<string, Message>)[message] ?? msg(`${VALIDATION_MESSAGES.invalid.zh}（${message}）`, message);
}
