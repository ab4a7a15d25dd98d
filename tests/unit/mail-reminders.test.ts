import { describe, expect, it } from "vitest";
import { digestKey, isoWeek, reminderKey } from "@/lib/mail/keys";
import { reminderPhase, selectReminders, type ReminderCandidate } from "@/lib/mail/reminders";

describe("reminderPhase (due 2026-12-10, 7 days before)", () => {
  it.each([
    ["2026-12-02", null],
    ["2026-12-03", "before"],
    ["2026-12-09", "before"],
    ["2026-12-10", "before"], // the due day itself: still "due today", not overdue
    ["2026-12-11", "overdue"],
    ["2027-02-01", "overdue"],
  ])("%s → %s", (today, phase) => {
    expect(reminderPhase("2026-12-10", today, 7)).toBe(phase);
  });

  it("across a month and a year boundary", () => {
    expect(reminderPhase("2027-01-02", "2026-12-26", 7)).toBe("before");
    expect(reminderPhase("2027-01-02", "2026-12-25", 7)).toBeNull();
    expect(reminderPhase("2026-03-01", "2026-02-27", 2)).toBe("before");
  });
});

describe("keys", () => {
  it("are deterministic", () => {
    expect(reminderKey("before", 3, 7)).toBe("reminder:before:round-3:user-7");
    expect(reminderKey("overdue", 3, 7)).toBe("reminder:overdue:round-3:user-7");
    expect(digestKey("2026-W48", 7)).toBe("digest:2026-W48:user-7");
  });

  it.each([
    ["2026-11-30", "2026-W49"], // a Monday
    ["2026-11-29", "2026-W48"], // the Sunday before
    ["2026-01-01", "2026-W01"], // a Thursday
    ["2027-01-01", "2026-W53"], // a Friday: the week of 2026's last Thursday
    ["2024-12-30", "2025-W01"], // a Monday whose Thursday is in 2025
    ["2021-01-03", "2020-W53"],
  ])("isoWeek(%s) = %s", (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

const base: ReminderCandidate = {
  roundId: 1,
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
  name: "Reporter 7",
  locale: "zh",
  mailReminders: true,
  active: true,
};

describe("selectReminders", () => {
  const cases: [string, Partial<ReminderCandidate>[], string, string[]][] = [
    ["one reporter in the window", [{}], "2026-12-05", ["reminder:before:round-1:user-7"]],
    ["before the window: nothing", [{}], "2026-12-01", []],
    ["overdue", [{}], "2026-12-11", ["reminder:overdue:round-1:user-7"]],
    ["nothing missing: nothing", [{ missing: 0 }], "2026-12-05", []],
    ["reminders turned off", [{ mailReminders: false }], "2026-12-05", []],
    ["inactive user", [{ active: false }], "2026-12-05", []],
    [
      "two reporters of one unit, and another round",
      [{}, { userId: 8, email: "r8@example.com" }, { roundId: 2, dueDay: "2026-11-20" }],
      "2026-12-05",
      ["reminder:before:round-1:user-7", "reminder:before:round-1:user-8", "reminder:overdue:round-2:user-7"],
    ],
    ["a duplicate row gives one mail", [{}, {}], "2026-12-05", ["reminder:before:round-1:user-7"]],
  ];
  it.each(cases)("%s", (_name, rows, today, keys) => {
    expect(
      selectReminders(
        rows.map((r) => ({ ...base, ...r })),
        today,
        7,
      ).map((p) => p.key),
    ).toEqual(keys);
  });

  it("carries the recipient and language", () => {
    const [p] = selectReminders([{ ...base, locale: "en" }], "2026-12-05", 7);
    expect(p).toMatchObject({ phase: "before", userId: 7, to: "r7@example.com", locale: "en" });
    const [q] = selectReminders([{ ...base, locale: "fr" }], "2026-12-05", 7);
    expect(q!.locale).toBe("zh");
  });
});
