// Names of audit actions as an administrator reads them. Every code passed to writeAudit/writeAuditOn
// must appear in both maps (tests/unit/audit-action-labels.test.ts scans lib/ and app/ for them).
import type { Locale } from "@/lib/i18n/locale";

const zh: Record<string, string> = {
  "assessment.create": "填写评估",
  "indicator.create": "新建指标",
  "indicator.update": "修改指标",
  "observation.create": "录入观测值",
  "observation.import": "批量导入观测值",
  "import_mapping.save": "保存导入映射",
  "observation.import_undo": "撤销导入",
  "observation.retract": "撤回观测值",
  "report.create": "新建报告",
  "report.update": "修改报告",
  "report.duplicate": "复制报告",
  "report.delete": "删除报告",
  "report.export": "导出报告",
  "share.create": "创建分享链接",
  "share.revoke": "撤销分享链接",
  "target.create": "新建目标值",
  "plan.settings": "修改规划评估设置",
  "plan.publish": "发布规划文档",
  "plan.default": "设定默认规划",
  "target.update": "修改目标值",
  "token.create": "创建 API 令牌",
  "token.revoke": "吊销 API 令牌",
  "user.create": "新建用户",
  "user.password": "修改密码",
  "user.mail_preferences": "修改邮件设置",
  "user.rename": "修改姓名",
  "user.role": "修改角色",
  "user.deactivate": "停用用户",
  "user.reactivate": "重新启用用户",
  "user.signout_all": "注销全部会话",
  login: "登录",
  "token.login": "用 API 令牌登录",
};

const en: Record<string, string> = {
  "assessment.create": "Assessment recorded",
  "indicator.create": "Indicator created",
  "indicator.update": "Indicator edited",
  "observation.create": "Value entered",
  "observation.import": "Values imported from file",
  "import_mapping.save": "Import mapping saved",
  "observation.import_undo": "Import undone",
  "observation.retract": "Value retracted",
  "report.create": "Report created",
  "report.update": "Report edited",
  "report.duplicate": "Report duplicated",
  "report.delete": "Report deleted",
  "report.export": "Report exported",
  "share.create": "Share link created",
  "share.revoke": "Share link revoked",
  "target.create": "Target created",
  "target.update": "Target edited",
  "plan.settings": "Plan evaluation settings changed",
  "plan.publish": "Plan document published",
  "plan.default": "Default plan set",
  "token.create": "API token created",
  "token.revoke": "API token revoked",
  "user.create": "User created",
  "user.password": "Password changed",
  "user.mail_preferences": "Mail settings changed",
  "user.rename": "User renamed",
  "user.role": "Role changed",
  "user.deactivate": "User deactivated",
  "user.reactivate": "User reactivated",
  "user.signout_all": "Signed out everywhere",
  login: "Signed in",
  "token.login": "Signed in with an API token",
};

export const auditActionLabels: Record<Locale, Record<string, string>> = { zh, en };

/** The readable name of an action code; an unknown (e.g. retired) code is shown as recorded. */
export function auditActionLabel(code: string, locale: Locale): string {
  return auditActionLabels[locale][code] ?? code;
}
