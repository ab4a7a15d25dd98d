// UI strings of the admin feature. `en` is typed from `zh`: a key missing in either fails the type check.
const zh = {};

const en: typeof zh = {};

export const adminStrings = { zh, en };
