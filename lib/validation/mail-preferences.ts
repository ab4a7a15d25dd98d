import { z } from "zod";

// One's own mail settings (/account). Checkboxes send "on" when ticked and nothing when not.
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const mailPreferences = z.object({
  mailReminders: checkbox,
  mailDigest: checkbox,
  locale: z.enum(["zh", "en"], { error: "locale" }),
});

export type MailPreferences = z.infer<typeof mailPreferences>;
