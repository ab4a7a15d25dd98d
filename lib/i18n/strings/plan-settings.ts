// The admin form for a plan's evaluation settings, and the outlook-target labels.
const zh = {
  title: "评估设置",
  intro: "「{plan}」的判定阈值。修改后进度页面立即按新阈值评估，并记入审计日志。",
  nearlyAchievedPct: "基本完成阈值（完成度 %）",
  onTrackLagPp: "序时进度：绿色容差（滞后百分点）",
  atRiskLagPp: "序时进度：红色界线（滞后百分点）",
  ceilingMarginPp: "上限类目标：预警余量（百分点）",
  save: "保存",
  saving: "正在保存…",
  saved: "已保存",
  outlookTarget: "远期展望目标",
  outlookNone: "尚未录入{year}年展望目标；规划文本中的展望为定性表述。",
};

const en: typeof zh = {
  title: "Evaluation settings",
  intro: "The thresholds used to judge “{plan}”. Progress pages use new values at once; every change is audited.",
  nearlyAchievedPct: "Nearly achieved from (completion %)",
  onTrackLagPp: "Schedule: on-track tolerance (pp behind)",
  atRiskLagPp: "Schedule: at-risk line (pp behind)",
  ceilingMarginPp: "Ceilings: warning margin (pp)",
  save: "Save",
  saving: "Saving…",
  saved: "Saved",
  outlookTarget: "Outlook target",
  outlookNone: "No outlook targets for {year} entered yet; the plan states its outlook in words.",
};

export const planSettingsStrings = { zh, en };
