/** The language of a mail: the user's choice, Chinese unless it is English. */
export type MailLocale = "zh" | "en";

export function mailLocale(value: string | null | undefined): MailLocale {
  return value === "en" ? "en" : "zh";
}
