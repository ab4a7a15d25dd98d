// The light region list (listRegionNames) that choosers and the landing page read: the
// same regions in the same order as the full list, one query instead of eight.
import { beforeAll, describe, expect, it } from "vitest";
import { listRegionNames, listRegions } from "@/lib/data/regions";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

let actor: Actor;

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  const { user } = await createUser("viewer");
  actor = { kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" };
});

describe("listRegionNames", () => {
  it("names every region of the full list, in its order, with code, names and level", async () => {
    const names = await listRegionNames(actor);
    const full = await listRegions(actor);
    expect(names).toEqual(full.map((r) => ({ adcode: r.adcode, nameZh: r.nameZh, nameEn: r.nameEn, level: r.level })));
    // by hand, from prisma/seed/regions.ts (the cluster comes first) and regions.csv (Luzhou)
    expect(names[0]).toEqual({ adcode: "CHENGYU", nameZh: "成渝城市群", nameEn: "Chengdu–Chongqing City Cluster", level: "cluster" });
    expect(names.find((r) => r.adcode === "510500")).toEqual({ adcode: "510500", nameZh: "泸州市", nameEn: "Luzhou", level: "prefecture" });
  });

  it("follows a renamed region on the next read", async () => {
    await prisma.region.update({ where: { adcode: "510500" }, data: { nameEn: "Luzhou City" } });
    expect((await listRegionNames(actor)).find((r) => r.adcode === "510500")?.nameEn).toBe("Luzhou City");
  });

  it("refuses an anonymous reader", async () => {
    await expect(listRegionNames({ kind: "anonymous" })).rejects.toThrow();
  });
});
