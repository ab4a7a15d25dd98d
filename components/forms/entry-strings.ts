import type { Dictionary } from "@/lib/i18n/dictionary";

/** The strings the entry workspace needs (not the whole dictionary: it travels to the browser). */
export type EntryStrings = Pick<Dictionary, "entry" | "flags" | "targetTypes">;
