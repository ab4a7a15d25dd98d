// UI strings of sign-in and the account menu. `en` is typed from `zh`.
const zh = {
  title: "登录",
  intro: "使用机构分配的账户登录规划监测。",
  email: "邮箱",
  password: "密码",
  submit: "登录",
  submitting: "正在登录…",
  badCredentials: "邮箱或密码不正确。",
  rateLimited: "登录尝试过于频繁：请稍等一分钟后再试。",
  signOut: "退出登录",
  signedInAs: "当前用户",
  roles: { admin: "管理员", analyst: "分析员", viewer: "查看者" } as Record<string, string>,
};

const en: typeof zh = {
  title: "Sign in",
  intro: "Sign in to Plan Monitor with the account your organisation gave you.",
  email: "Email",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  badCredentials: "Wrong email or password.",
  rateLimited: "Too many sign-in attempts: wait a minute, then try again.",
  signOut: "Sign out",
  signedInAs: "Signed in as",
  roles: { admin: "Administrator", analyst: "Analyst", viewer: "Viewer" },
};

export const authStrings = { zh, en };
