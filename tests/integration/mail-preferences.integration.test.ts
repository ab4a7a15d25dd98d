// The account page's mail settings through the real server action: unticked boxes mean
// "off", the language is zh or en only, the change is audited with before and after.
import { beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ token: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ authorization: `Bearer ${request.token}` }),
  cookies: async () => ({ get: (name: string) => (name === "pm_locale" ? { value: "en" } : undefined) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { idleState } from "@/lib/actions/action-state";
import { saveMailPreferencesAction } from "@/lib/actions/account";
import { prisma } from "@/lib/db";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
let userId = 0;

beforeAll(async () => {
  await resetDatabase();
  const { user, token } = await createUser("reporter");
  userId = user.id;
  request.token = token;
});

describe("saveMailPreferencesAction", () => {
  it("defaults: both mails on, Chinese", async () => {
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { mailReminders: true, mailDigest: true, locale: true } })).toEqual({
      mailReminders: true,
      mailDigest: true,
      locale: "zh",
    });
  });

  it("an unticked box turns that mail off; the language is saved; the change is audited", async () => {
    const s = await saveMailPreferencesAction(idleState(), form({ mailReminders: "on", locale: "en" }));
    expect(s).toMatchObject({ status: "done", data: { saved: true } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { mailReminders: true, mailDigest: true, locale: true } })).toEqual({
      mailReminders: true,
      mailDigest: false,
      locale: "en",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.mail_preferences" } });
    expect(audit).toMatchObject({
      actorId: userId,
      entityId: String(userId),
      before: { mailReminders: true, mailDigest: true, locale: "zh" },
      after: { mailReminders: true, mailDigest: false, locale: "en" },
    });
  });

  it("refuses a language it does not send in", async () => {
    const s = await saveMailPreferencesAction(idleState(), form({ mailDigest: "on", locale: "fr" }));
    expect(s.status).toBe("invalid");
    if (s.status === "invalid") expect(Object.keys(s.fieldErrors)).toEqual(["locale"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).locale).toBe("en");
  });

  it("needs a signed-in user", async () => {
    request.token = "pm_not_a_token";
    const s = await saveMailPreferencesAction(idleState(), form({ locale: "zh" }));
    expect(s.status).toBe("error");
  });
});
