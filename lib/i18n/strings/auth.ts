// UI strings of sign-in and the account menu. `en` is typed from `zh`.
const zh = {
  title: "登录",
  intro: "使用机构分配的账户登录规划监测。",
  email: "邮箱",
  password: "密码",
  submit: "登录",
  submitting: "正在登录…",
  badCredentials: "邮箱或密码不正确。",
  rateLimited: "登录失败次数过多：该账户已被暂时锁定，请15分钟后再试。",
  signOut: "退出登录",
  signedInAs: "当前用户",
  roles: { admin: "管理员", analyst: "分析员", viewer: "查看者" } as Record<string, string>,
  account: {
    title: "我的账户",
    role: "角色",
    sessionsTitle: "登录会话",
    sessionsIntro: "在所有设备和浏览器上退出登录，包括本浏览器。修改密码、角色或停用账户时也会这样做。API 令牌不受影响，请在令牌页面撤销。",
    signOutEverywhere: "在所有设备上退出登录",
    signingOut: "正在退出…",
    tokensLink: "管理我的 API 令牌",
  },
};

const en: typeof zh = {
  title: "Sign in",
  intro: "Sign in to Plan Monitor with the account your organisation gave you.",
  email: "Email",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  badCredentials: "Wrong email or password.",
  rateLimited: "Too many failed sign-in attempts: this account is locked for 15 minutes. Try again later.",
  signOut: "Sign out",
  signedInAs: "Signed in as",
  roles: { admin: "Administrator", analyst: "Analyst", viewer: "Viewer" },
  account: {
    title: "My account",
    role: "Role",
    sessionsTitle: "Sessions",
    sessionsIntro: "Sign out on every device and browser, this one included. Changing the password or the role, or deactivating the account, does the same. API tokens are not affected: revoke them on the tokens page.",
    signOutEverywhere: "Sign out everywhere",
    signingOut: "Signing out…",
    tokensLink: "Manage my API tokens",
  },
};

export const authStrings = { zh, en };
