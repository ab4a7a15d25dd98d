// Bilingual messages for schema issues. Schemas name a key ("required", "email" …) as
// their zod message; forms and the API turn it into {zh, en} here, so one schema serves
// both and no English-only text reaches a person.
import { msg, type Message } from "@/lib/i18n/message";
import { INT4_MAX } from "./query-fields";

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
  indicatorCode: msg(
    "代码只能包含小写字母、数字和下划线，以字母开头",
    "the code may contain lower-case letters, digits and underscores, starting with a letter",
  ),
  targetType: msg("类型应为 min、max 或 approx", "the type must be min, max or approx"),
  targetKind: msg(
    "种类应为 level（水平值）、growth_rate（年均增长率）、reduction（降低幅度）或 cumulative（累计值）",
    "the kind must be level, growth_rate, reduction or cumulative",
  ),
  rateRequired: msg("增长率或降低类目标需填写百分比（如 6 表示 6%）", "a growth-rate or reduction target needs its rate in percent (6 = 6 %)"),
  rateBaseline: msg("增长率或降低类目标需填写基期年份和基期值", "a growth-rate or reduction target needs a baseline year and value"),
  reductionRange: msg(
    "降低幅度应大于 0 且不超过 100（百分比：13.5 表示较基期降低 13.5%）",
    "a reduction must be a fall of more than 0 and at most 100 percent (13.5 = 13.5 % below the baseline)",
  ),
  rateNotForKind: msg("只有增长率和降低类目标有百分比", "only growth-rate and reduction targets have a rate"),
  valueImplied: msg(
    "增长率或降低类目标的目标值由基期值和百分比推算，不必填写",
    "the value of a growth-rate or reduction target follows from its baseline and rate: leave it out",
  ),
  attribute: msg("属性应为 binding（约束性）或 expected（预期性）", "the attribute must be binding or expected"),
  positive: msg("应为正整数", "must be a positive whole number"),
  // ids past what an int4 column holds name no row
  idRange: msg(`数值过大，最大为 ${INT4_MAX}`, `too large: at most ${INT4_MAX}`),
  date: msg("请填写日期或时间（ISO 8601，如 2024-05-01）", "enter a date or time (ISO 8601, e.g. 2024-05-01)"),
  nothingToChange: msg("没有需要修改的内容", "nothing to change"),
  invalid: msg("无效的值", "invalid value"),
  percentRange: msg("应为 0 到 100 之间的数", "must be a number from 0 to 100"),
  thresholdOrder: msg("红色阈值应大于黄色阈值", "the at-risk lag must be larger than the on-track lag"),
  tokenDays: msg("有效期应为 1 到 3650 天的整数，或 null（永不过期）", "the lifetime must be a whole number of days from 1 to 3650, or null (never expires)"),
  yearOrder: msg("结束年份不能早于起始年份", "the last year must not be before the first"),
  httpUrl: msg("应为 http(s) 开头的完整网址", "must be a full http(s) URL"),
  asOf: msg("日期应为 YYYY-MM-DD 或带时区的 ISO 8601 时间", "asOf: YYYY-MM-DD or an ISO 8601 timestamp with offset"),
  boolean: msg("应为 true 或 false", "must be true or false"),
  unitRequired: msg("报送员必须属于一个责任单位", "a reporter must belong to a responsible unit"),
  status: msg("状态应为 submitted、returned、accepted 或 withdrawn", "status: submitted, returned, accepted or withdrawn"),
} satisfies Record<string, Message>;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;

/** What zod reports about one issue: its code and, by code, the facts the message needs. */
export interface IssueFacts {
  code: string;
  message: string;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  expected?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  format?: unknown;
  input?: unknown;
}

const isBound = (v: unknown): v is number | bigint => typeof v === "number" || typeof v === "bigint";

/**
 * A whole number outside its range (query parameters, ids): says the range, in both
 * languages, when the schema gave no message key of its own.
 */
function rangeMessage(issue: IssueFacts): Message | null {
  if (issue.message in VALIDATION_MESSAGES || (issue.origin !== "number" && issue.origin !== "bigint")) return null;
  if (issue.code === "too_big" && isBound(issue.maximum)) return msg(`数值过大，最大为 ${issue.maximum}`, `too large: at most ${issue.maximum}`);
  if (issue.code === "too_small" && isBound(issue.minimum)) return msg(`数值过小，最小为 ${issue.minimum}`, `too small: at least ${issue.minimum}`);
  return null;
}

// A missing field: zod 4 names no input unless asked (reportInput), but its default
// text ends with "received undefined".
const isMissing = (i: IssueFacts) => ("input" in i ? i.input === undefined : /received undefined$/.test(i.message));

/** Lengths of text and lists, by zod's origin of the check. */
function lengthMessage(i: IssueFacts): Message | null {
  if (i.code === "too_small" && isBound(i.minimum)) {
    if (i.origin === "string")
      return Number(i.minimum) <= 1 ? VALIDATION_MESSAGES.required : msg(`至少 ${i.minimum} 个字符`, `at least ${i.minimum} characters`);
    if (i.origin === "array" || i.origin === "set") return msg(`至少 ${i.minimum} 项`, `at least ${i.minimum} items`);
  }
  if (i.code === "too_big" && isBound(i.maximum)) {
    if (i.origin === "string") return msg(`最多 ${i.maximum} 个字符`, `at most ${i.maximum} characters`);
    if (i.origin === "array" || i.origin === "set") return msg(`最多 ${i.maximum} 项`, `at most ${i.maximum} items`);
  }
  return null;
}

const EXPECTED: Record<string, Message> = {
  number: VALIDATION_MESSAGES.number,
  int: VALIDATION_MESSAGES.integer,
  boolean: VALIDATION_MESSAGES.boolean,
  string: msg("应为文本", "must be text"),
  array: msg("应为列表", "must be a list"),
  object: msg("应为对象", "must be an object"),
  date: VALIDATION_MESSAGES.date,
};

const FORMAT: Record<string, Message> = {
  datetime: VALIDATION_MESSAGES.date,
  date: VALIDATION_MESSAGES.date,
  email: VALIDATION_MESSAGES.email,
  url: VALIDATION_MESSAGES.httpUrl,
};

/**
 * The bilingual message of a zod issue: the schema's key (VALIDATION_MESSAGES) when it
 * named one, else one built from the issue's code and facts (range, length, choices,
 * type, format), so zod's own English never reaches a person.
 */
export function issueMessage(issue: IssueFacts): Message {
  const keyed = (VALIDATION_MESSAGES as Record<string, Message>)[issue.message];
  if (keyed) return keyed;
  const built = rangeMessage(issue) ?? lengthMessage(issue);
  if (built) return built;
  switch (issue.code) {
    case "invalid_type":
      return isMissing(issue) ? VALIDATION_MESSAGES.required : (EXPECTED[String(issue.expected)] ?? VALIDATION_MESSAGES.invalid);
    case "invalid_value": {
      const choices = (issue.values ?? []).map(String);
      return choices.length > 0 ? msg(`应为以下之一：${choices.join("、")}`, `must be one of: ${choices.join(", ")}`) : VALIDATION_MESSAGES.invalid;
    }
    case "invalid_format":
      return FORMAT[String(issue.format)] ?? VALIDATION_MESSAGES.invalid;
    case "unrecognized_keys": {
      const keys = (issue.keys ?? []).join(", ");
      return msg(`无法识别的字段：${keys}`, `unknown field: ${keys}`);
    }
    default:
      return VALIDATION_MESSAGES.invalid;
  }
}
