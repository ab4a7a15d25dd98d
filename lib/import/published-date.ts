// The optional `published` column of an import: when the figure was published (the
// vintage axis of "data known as of"). A day (YYYY-MM-DD) means the start of that day in
// China, so an as-of of that same day (its end) already sees the figure; a full ISO
// timestamp with its offset is taken as written. Empty → null (published = recorded).

import { msg, type Message } from "@/lib/i18n/message";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type PublishedParse = { ok: true; date: Date | null } | { ok: false; message: Message };

/** Reads a `published` cell (see the module comment); a date after the recording is clamped when written. */
export function parsePublished(cell: string): PublishedParse {
  const text = cell.trim();
  if (text === "") return { ok: true, date: null };
  const m = DAY.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const utc = Date.UTC(y, mo - 1, d);
    const check = new Date(utc);
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d) return { ok: true, date: new Date(utc - CHINA_OFFSET_MS) };
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return { ok: true, date };
  }
  return {
    ok: false,
    message: msg(
      `无法识别的发布日期“${text}”；请写成 2021-06-30 或 2021-06-30T10:00+08:00`,
      `unreadable publication date "${text}"; write 2021-06-30 or 2021-06-30T10:00+08:00`,
    ),
  };
}
