// UI strings of the progress feature. `en` is typed from `zh`: a key missing in either fails the type check.
const zh = {};

const en: typeof zh = {};

export const progressStrings = { zh, en };
