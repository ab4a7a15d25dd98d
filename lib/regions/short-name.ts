// 泸州市 → 泸州, 万州区 → 万州. Source tables and the plan itself write most places without
// their administrative suffix. A single-character remainder is not a usable name (忠县
// must not become 忠), so the name is then kept whole. 省 is stripped as well because
// 四川 / 四川省 are used interchangeably, exactly like 重庆 / 重庆市.

const SUFFIXES = ["市", "区", "县", "省"];

export function shortName(nameZh: string): string {
  const name = nameZh.trim();
  const chars = [...name];
  const last = chars.at(-1);
  if (last !== undefined && SUFFIXES.includes(last) && chars.length - 1 >= 2) {
    return chars.slice(0, -1).join("");
  }
  return name;
}
