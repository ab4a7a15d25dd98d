// Texts shown while the database cannot be reached. Not in the dictionary on purpose:
// the error boundary is a client component that cannot read the locale cookie, so it
// shows both languages, and the API message carries both as a Message.
const zh = {
  api: "数据库暂时不可用，请稍后重试。",
  title: "数据库暂时不可用",
  body: "规划监测暂时无法连接数据库，正在自动重试。您的数据不会丢失；请稍候片刻再试。",
  retry: "重试",
  loginNotice: "数据库暂时不可用：登录及数据页面暂时无法使用，恢复后即可继续。",
};

const en: typeof zh = {
  api: "The database is temporarily unavailable. Please retry shortly.",
  title: "Database temporarily unavailable",
  body: "Plan Monitor cannot reach its database right now and keeps retrying. No data is lost; please try again in a moment.",
  retry: "Retry",
  loginNotice: "The database is temporarily unavailable: signing in and the data pages will work again as soon as it is back.",
};

export const outageStrings = { zh, en };
