// Strings of the overview's landing part (status at a glance, what changed). `en` is typed from `zh`.
import type { Locale } from "@/lib/i18n/locale";

const zh = {
  statusTitle: "目标进展一览",
  statusNote: "截至今天，{year} 年评估",
  statusLink: "查看监测看板",
  changesTitle: "近 30 天的主要数据变化",
  changesEmpty: "近 30 天没有新录入或修订的数据。",
  indicator: "指标",
  region: "地区",
  year: "年份",
  change: "原值 → 新值",
  when: "录入时间",
  retracted: "已撤回",
  created: "新录入",
  none: "—",
};

const en: typeof zh = {
  statusTitle: "Targets at a glance",
  statusNote: "As of today, judged for {year}",
  statusLink: "Open the progress dashboard",
  changesTitle: "Biggest data changes in the last 30 days",
  changesEmpty: "No values were entered or revised in the last 30 days.",
  indicator: "Indicator",
  region: "Region",
  year: "Year",
  change: "Old → new",
  when: "Entered",
  retracted: "retracted",
  created: "new entry",
  none: "—",
};

export type LandingStrings = typeof zh;
export const landingStrings: Record<Locale, LandingStrings> = { zh, en };
