import { describe, expect, it } from "vitest";
import { digestMail, digestWorthSending, type DigestContent } from "@/lib/mail/digest-mail";
import { formatDay } from "@/lib/mail/message";
import { reminderMail } from "@/lib/mail/reminder-mail";
import type { PlannedReminder, ReminderCandidate } from "@/lib/mail/reminders";

const candidate: ReminderCandidate = {
  roundId: 3,
  roundName: "2025年度监测",
  planNameZh: "成渝城市群发展规划",
  planNameEn: "Chengdu–Chongqing City Cluster Development Plan",
  year: 2025,
  dueDay: "2026-12-10",
  unitId: 10,
  unitNameZh: "市统计局",
  unitNameEn: "Municipal Statistics Bureau",
  total: 4,
  missing: 2,
  userId: 7,
  email: "r7@example.com",
  name: "王芳",
  locale: "zh",
  mailReminders: true,
  active: true,
};
const planned = (phase: "before" | "overdue", locale: "zh" | "en"): PlannedReminder => ({
  key: `reminder:${phase}:round-3:user-7`,
  phase,
  userId: 7,
  to: "r7@example.com",
  locale,
  candidate,
});

describe("reminderMail", () => {
  it.each([
    ["before", "zh", "请于2026年12月10日前报送「2025年度监测」数据（市统计局尚缺 2 项）", "尚有 2 项未报送"],
    ["overdue", "zh", "「2025年度监测」报送已逾期：市统计局尚缺 2 项", "截止日期2026年12月10日已过"],
    ["before", "en", "Reminder: 2025年度监测 figures are due on 10 December 2026 (2 missing for Municipal Statistics Bureau)", "still outstanding: 2."],
    ["overdue", "en", "Overdue: 2025年度监测, figures still outstanding for Municipal Statistics Bureau: 2", "was due on 10 December 2026"],
  ] as const)("%s in %s", (phase, locale, subject, body) => {
    const m = reminderMail(planned(phase, locale), "https://plan.example/entry");
    expect(m.subject).toBe(subject);
    expect(m.text).toContain(body);
    expect(m.text).toContain("https://plan.example/entry");
    expect(m.html).toContain(locale === "zh" ? 'lang="zh-CN"' : 'lang="en"');
    expect(m.html).toContain(phase === "before" && locale === "zh" ? "尚有 2 项未报送" : "");
  });

  it("escapes HTML in names, keeps them as typed in the text part", () => {
    const m = reminderMail({ ...planned("before", "en"), candidate: { ...candidate, name: "<b>Ann</b> & co" } });
    expect(m.text).toContain("Hello <b>Ann</b> & co,");
    expect(m.html).toContain("Hello &lt;b&gt;Ann&lt;/b&gt; &amp; co,");
    expect(m.html).not.toContain("<b>Ann");
  });
});

describe("formatDay", () => {
  it.each([
    ["2026-12-07", "zh", "2026年12月7日"],
    ["2026-12-07", "en", "7 December 2026"],
    ["2027-01-01", "en", "1 January 2027"],
  ] as const)("%s %s → %s", (day, locale, out) => expect(formatDay(day, locale)).toBe(out));
});

const content: DigestContent = {
  from: "2026-11-23",
  to: "2026-11-30",
  changes: {
    versions: 12,
    series: 5,
    other: 1,
    top: [
      {
        indicatorZh: "常住人口",
        indicatorEn: "Resident population",
        regionZh: "成都市",
        regionEn: "Chengdu",
        year: 2025,
        unit: "万人",
        oldValue: 2140.3,
        newValue: 2147.5,
      },
      {
        indicatorZh: "常住人口",
        indicatorEn: "Resident population",
        regionZh: "绵阳市",
        regionEn: "Mianyang",
        year: 2025,
        unit: "万人",
        oldValue: 490,
        newValue: null,
      },
    ],
  },
  review: {
    kind: "reporter",
    count: 6,
    items: [
      {
        indicatorZh: "城镇化率",
        indicatorEn: "Urbanization rate",
        regionZh: "成都市",
        regionEn: "Chengdu",
        year: 2025,
        value: 80.5,
        unit: "%",
        comment: "请核对口径",
      },
    ],
  },
  warnings: {
    count: 1,
    items: [
      {
        indicatorZh: "常住人口",
        indicatorEn: "Resident population",
        regionZh: "成都市",
        regionEn: "Chengdu",
        targetYear: 2030,
        status: "off_track",
        completion: 0.423,
      },
    ],
  },
};

describe("digestMail", () => {
  it("in Chinese", () => {
    const m = digestMail("zh", "王芳", content);
    expect(m.subject).toBe("规划监测每周摘要（2026年11月23日至2026年11月30日）");
    expect(m.text).toContain("本周新增或修订数据 12 条，涉及 5 个指标序列；其他已记录的操作 1 项。");
    expect(m.text).toContain("- 常住人口 · 成都市 · 2025年：2,140.3 万人 → 2,147.5 万人");
    expect(m.text).toContain("- 常住人口 · 绵阳市 · 2025年：490 万人 → 已撤回");
    expect(m.text).toContain("被退回、需修改后重新报送的数据 6 项：");
    expect(m.text).toContain("- 城镇化率 · 成都市 · 2025年：80.5 %；审核意见：请核对口径");
    expect(m.text).toContain("- ……另有 5 项");
    expect(m.text).toContain("- 常住人口 · 成都市（2030年目标）：滞后，完成度 42%");
  });

  it("in English", () => {
    const m = digestMail("en", "Ann", { ...content, review: { ...content.review, kind: "reviewer", count: 1 } });
    expect(m.subject).toBe("Plan Monitor weekly digest, 23 November 2026 to 30 November 2026");
    expect(m.text).toContain("Figures entered or revised this week: 12, in 5 series; other recorded actions: 1.");
    expect(m.text).toContain("- Resident population · Chengdu · 2025: 2,140.3 万人 → 2,147.5 万人");
    expect(m.text).toContain("Submitted figures awaiting your review: 1");
    expect(m.text).not.toContain("more");
    expect(m.text).toContain("- Resident population · Chengdu (2030 target): Off track, 42% complete");
    expect(m.html).toContain("<li>Resident population · Chengdu (2030 target): Off track, 42% complete</li>");
  });

  it("empty sections say so; an empty digest is not worth sending", () => {
    const empty: DigestContent = {
      ...content,
      changes: { versions: 0, series: 0, other: 0, top: [] },
      review: { kind: "none", count: 0, items: [] },
      warnings: { count: 0, items: [] },
    };
    const m = digestMail("zh", "王芳", empty);
    expect(m.text).toContain("本周没有数据变化。");
    expect(m.text).toContain("没有待处理事项。");
    expect(m.text).toContain("没有预警目标。");
    expect(digestWorthSending(empty)).toBe(false);
    expect(digestWorthSending({ ...empty, warnings: content.warnings })).toBe(true);
  });
});
