// Reminders and the weekly digest, run through pg-boss against the test database and
// delivered to a real SMTP server in this process: recipients, language, subject, body
// and the plain-text part; two workers (two pg-boss instances on one database, as two
// app instances would run) send each mail exactly once; no SMTP_URL → nothing is sent.
import type PgBoss from "pg-boss";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recordObservations } from "@/lib/data/observation-writes";
import { createTarget } from "@/lib/data/target-writes";
import { prisma } from "@/lib/db";
import { createBoss, QUEUES, registerJobs } from "@/lib/jobs/boss";
import type { JobContext } from "@/lib/jobs/context";
import { runReminders } from "@/lib/jobs/reminders-job";
import { logger } from "@/lib/log";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import type { Actor } from "@/lib/permissions";
import { chinaDay } from "@/lib/validation/as-of";
import { targetCreate } from "@/lib/validation/catalogue";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

const received: ParsedMail[] = [];
let server: SMTPServer;
let mailer: Mailer;
const bosses: PgBoss[] = [];

const DAY = 86_400_000;
const today = chinaDay(new Date());
const day = (offset: number) => new Date(new Date(`${today}T00:00:00Z`).getTime() + offset * DAY).toISOString().slice(0, 10);
const zhDay = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const enDay = (d: string) =>
  `${Number(d.slice(8, 10))} ${new Date(`${d}T00:00:00Z`).toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${Number(d.slice(0, 4))}`;

const ids = { rA1: 0, rA2: 0, rA3: 0, rB: 0, analyst: 0, viewer: 0, unitA: 0, unitB: 0 };

async function startSmtp(): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          received.push(m);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.server.address() as { port: number }).port;
}

const ctx = (m: Mailer | null) => (): JobContext => ({ mailer: m, now: () => new Date(), reminderDays: 7 });

async function worker(): Promise<PgBoss> {
  const boss = createBoss(process.env.DATABASE_URL!, { supervise: false, schedule: false });
  await boss.start();
  await registerJobs(boss, ctx(mailer), { pollingIntervalSeconds: 0.5 });
  bosses.push(boss);
  return boss;
}

/** Sends a job and waits until a worker has completed (or failed) it. */
async function runJob(boss: PgBoss, queue: string): Promise<PgBoss.JobWithMetadata> {
  const id = (await boss.send(queue, {}))!;
  for (let i = 0; i < 240; i++) {
    const job = await boss.getJobById<object>(queue, id);
    if (job && (job.state === "completed" || job.state === "failed")) return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`job ${queue} ${id} did not finish`);
}

const toOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to.map((a) => a.text).join(",") : (m.to?.text ?? ""));
const mailsTo = (email: string) => received.filter((m) => toOf(m) === email);

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false, sample: false });
  mailer = createMailer(`smtp://127.0.0.1:${await startSmtp()}`, "规划监测 <monitor@example.gov.cn>");

  const unitA = await prisma.unit.create({ data: { nameZh: "市统计局", nameEn: "Municipal Statistics Bureau" } });
  const unitB = await prisma.unit.create({ data: { nameZh: "市住房城乡建设局", nameEn: "Municipal Housing Bureau" } });
  ids.unitA = unitA.id;
  ids.unitB = unitB.id;
  const user = async (role: "reporter" | "analyst" | "viewer", email: string, data: Record<string, unknown>) => {
    const { user } = await createUser(role, { email });
    await prisma.user.update({ where: { id: user.id }, data: { name: email.split("@")[0], ...data } });
    return user.id;
  };
  ids.rA1 = await user("reporter", "ra1@example.com", { unitId: unitA.id, locale: "zh" });
  ids.rA2 = await user("reporter", "ra2@example.com", { unitId: unitA.id, locale: "en", mailDigest: false });
  ids.rA3 = await user("reporter", "ra3@example.com", { unitId: unitA.id, mailReminders: false, mailDigest: false });
  ids.rB = await user("reporter", "rb@example.com", { unitId: unitB.id, mailDigest: false });
  ids.analyst = await user("analyst", "analyst@example.com", { locale: "en", mailReminders: true });
  ids.viewer = await user("viewer", "viewer@example.com", { mailDigest: false });

  const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: "chengyu-2016" } });
  // three 2020 targets on three different series: two for unit A, one for unit B
  const t = await prisma.target.findMany({
    where: { planId: plan.id, year: 2020 },
    orderBy: { id: "asc" },
    distinct: ["indicatorId", "regionAdcode"],
    take: 3,
  });
  await prisma.targetUnit.createMany({
    data: [
      { targetId: t[0]!.id, unitId: unitA.id, role: "lead" },
      { targetId: t[1]!.id, unitId: unitA.id, role: "lead" },
      { targetId: t[2]!.id, unitId: unitB.id, role: "lead" },
    ],
  });
  // round 1 (2027 figures) due in 3 days: "before"; round 2 (2028 figures) was due yesterday: "overdue"
  const r1 = await prisma.round.create({ data: { planId: plan.id, name: "2027年度监测", year: 2027, dueDate: new Date(`${day(3)}T00:00:00Z`) } });
  const r2 = await prisma.round.create({ data: { planId: plan.id, name: "2028年度监测", year: 2028, dueDate: new Date(`${day(-1)}T00:00:00Z`) } });
  // a frozen round sends nothing
  await prisma.round.create({ data: { planId: plan.id, name: "2026年度监测", year: 2026, status: "frozen", dueDate: new Date(`${day(-2)}T00:00:00Z`) } });
  await prisma.roundTarget.createMany({
    data: [
      { roundId: r1.id, targetId: t[0]!.id },
      { roundId: r1.id, targetId: t[1]!.id },
      { roundId: r1.id, targetId: t[2]!.id },
      { roundId: r2.id, targetId: t[0]!.id },
    ],
  });
  // unit A has one of its two round-1 items (a figure for 2027); unit B has its only one (a
  // submission accepted: its figure written, as accepting does)
  const w = (i: number, year: number, value: string) => ({
    indicatorId: t[i]!.indicatorId,
    regionAdcode: t[i]!.regionAdcode,
    year,
    value,
    valueAsEntered: value,
    unitAsEntered: null,
    source: "test",
    note: null,
    flags: [],
    publishedAt: null,
  });
  await prisma.$transaction((tx) => recordObservations(tx, [w(1, 2027, "1"), w(2, 2027, "1")], null));
  await prisma.submission.create({
    data: {
      roundId: r1.id,
      indicatorId: t[2]!.indicatorId,
      regionAdcode: t[2]!.regionAdcode,
      year: 2027,
      value: "1",
      source: "test",
      status: "accepted",
      unitId: unitB.id,
      submittedById: ids.rB,
    },
  });

  // for the digest: a 2030 target of unit A that is off track (baseline 150 in 2020, target 300,
  // still 150 in 2025: no progress at half time), one submission awaiting review, one returned to unit A
  const admin = (await createUser("admin")).user;
  await prisma.user.update({ where: { id: admin.id }, data: { mailDigest: false } });
  const adminActor: Actor = { kind: "user", userId: admin.id, role: "admin", name: admin.name, email: admin.email, via: "session" };
  const created = await createTarget(
    adminActor,
    targetCreate.parse({
      indicator: "urban_population",
      region: "泸州",
      year: 2030,
      value: "300",
      type: "min",
      baseline: { year: 2020, value: "150" },
      clause: "测试",
    }),
  );
  await prisma.targetUnit.create({ data: { targetId: created.id, unitId: unitA.id, role: "lead" } });
  await prisma.submission.create({
    data: {
      roundId: r1.id,
      indicatorId: t[0]!.indicatorId,
      regionAdcode: t[0]!.regionAdcode,
      year: 2027,
      value: "42.5",
      source: "test",
      unitId: unitA.id,
      submittedById: ids.rA1,
    },
  });
  await prisma.submission.create({
    data: {
      roundId: r1.id,
      indicatorId: t[0]!.indicatorId,
      regionAdcode: t[0]!.regionAdcode,
      year: 2027,
      value: "41",
      source: "test",
      status: "returned",
      reviewComment: "请核对口径",
      unitId: unitA.id,
      submittedById: ids.rA1,
    },
  });
  // everything so far happened "last month"; this week: one figure, for the 2030 target
  await prisma.$executeRaw`UPDATE "Observation" SET "createdAt" = now() - interval '30 days'`;
  await prisma.$executeRaw`UPDATE "AuditLog" SET "createdAt" = now() - interval '30 days'`;
  await prisma.$transaction((tx) =>
    recordObservations(
      tx,
      [{ ...w(0, 2025, "150"), indicatorId: created.indicatorId, regionAdcode: created.regionAdcode, publishedAt: new Date(Date.now() - 60_000) }],
      null,
    ),
  );
}, 120_000);

afterAll(async () => {
  for (const b of bosses) await b.stop({ graceful: false, wait: true }).catch(() => {});
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

describe("reminders", () => {
  it("without SMTP_URL: logs mail off and sends nothing", async () => {
    const info = vi.spyOn(logger, "info");
    const out = await runReminders(ctx(null)());
    expect(out).toEqual({ planned: 0, sent: 0, skipped: 0, failed: 0 });
    expect(info).toHaveBeenCalledWith(expect.objectContaining({ event: "mail_off", job: "reminders" }), expect.stringContaining("mail off"));
    info.mockRestore();
    expect(received).toHaveLength(0);
    expect(await prisma.mailLog.count()).toBe(0);
  });

  it("a failed send leaves no MailLog row, so the next run sends", async () => {
    const failing: Mailer = { from: "x", send: () => Promise.reject(new Error("connection refused")) };
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    await expect(runReminders(ctx(failing)())).rejects.toThrow(/4 reminder\(s\) could not be sent/);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
    expect(await prisma.mailLog.count()).toBe(0);
  });

  it("two workers, the job sent twice: each reporter with missing items gets each reminder exactly once, in their language", async () => {
    const [a, b] = [await worker(), await worker()];
    const jobs = await Promise.all([runJob(a, QUEUES.reminders), runJob(b, QUEUES.reminders), runJob(a, QUEUES.reminders)]);
    expect(jobs.map((j) => j.state)).toEqual(["completed", "completed", "completed"]);
    const outputs = jobs.map((j) => j.output as { sent: number; skipped: number });
    expect(outputs.reduce((n, o) => n + o.sent, 0)).toBe(4);

    // rA1 (zh) and rA2 (en): round 1 "before" and round 2 "overdue"; rA3 turned reminders off;
    // unit B has everything; the analyst and the viewer are not reporters
    expect(received.map(toOf).sort()).toEqual(["ra1@example.com", "ra1@example.com", "ra2@example.com", "ra2@example.com"]);
    const zh = mailsTo("ra1@example.com").sort((x, y) => (x.subject! < y.subject! ? -1 : 1));
    expect(zh.map((m) => m.subject).sort()).toEqual(
      [`「2028年度监测」报送已逾期：市统计局尚缺 1 项`, `请于${zhDay(day(3))}前报送「2027年度监测」数据（市统计局尚缺 1 项）`].sort(),
    );
    const before = zh.find((m) => m.subject!.startsWith("请于"))!;
    expect(before.text).toContain("ra1，您好：");
    expect(before.text).toContain(`成渝城市群发展规划「2027年度监测」（2027年数据）的报送截止日期为${zhDay(day(3))}。市统计局负责的 2 项中，尚有 1 项未报送`);
    expect(before.html).toContain("尚有 1 项未报送");
    expect(String(before.from?.text)).toContain("monitor@example.gov.cn");
    const en = mailsTo("ra2@example.com");
    expect(en.map((m) => m.subject).sort()).toEqual(
      [
        `Overdue: 2028年度监测, figures still outstanding for Municipal Statistics Bureau: 1`,
        `Reminder: 2027年度监测 figures are due on ${enDay(day(3))} (1 missing for Municipal Statistics Bureau)`,
      ].sort(),
    );
    const overdue = en.find((m) => m.subject!.startsWith("Overdue"))!;
    expect(overdue.text).toContain(`was due on ${enDay(day(-1))}. Items assigned to Municipal Statistics Bureau: 1; still outstanding: 1.`);
    for (const m of received) {
      expect(m.text!.length).toBeGreaterThan(50);
      expect(m.html).toBeTruthy();
    }
    expect((await prisma.mailLog.findMany({ orderBy: { key: "asc" } })).map((l) => l.key)).toEqual(
      [
        `reminder:before:round-1:user-${ids.rA1}`,
        `reminder:before:round-1:user-${ids.rA2}`,
        `reminder:overdue:round-2:user-${ids.rA1}`,
        `reminder:overdue:round-2:user-${ids.rA2}`,
      ].sort(),
    );

    // the next hourly check sends nothing new
    await runJob(b, QUEUES.reminders);
    expect(received).toHaveLength(4);
  });
});

describe("weekly digest", () => {
  it("one per user who wants it, in their language, through two workers", async () => {
    received.length = 0;
    const [a, b] = bosses as [PgBoss, PgBoss];
    const jobs = await Promise.all([runJob(a, QUEUES.digest), runJob(b, QUEUES.digest)]);
    expect(jobs.map((j) => j.state)).toEqual(["completed", "completed"]);
    expect(received.map(toOf).sort()).toEqual(["analyst@example.com", "ra1@example.com"]);

    const from = day(-7);
    const en = mailsTo("analyst@example.com")[0]!;
    expect(en.subject).toBe(`Plan Monitor weekly digest, ${enDay(from)} to ${enDay(today)}`);
    expect(en.text).toContain("Figures entered or revised this week: 1, in 1 series; other recorded actions: 0.");
    expect(en.text).toContain("Submitted figures awaiting your review: 1");
    expect(en.text).toContain("- Urban population of the central urban area · Wanzhou · 2027: 42.5 万人");
    expect(en.text).toContain("- Urban population of the central urban area · Luzhou · 2025: none → 150 万人");
    expect(en.text).toContain("- Urban population of the central urban area · Luzhou (2030 target): Off track, 0% complete");
    expect(en.html).toContain("Submitted figures awaiting your review: 1");

    const zh = mailsTo("ra1@example.com")[0]!;
    expect(zh.subject).toBe(`规划监测每周摘要（${zhDay(from)}至${zhDay(today)}）`);
    expect(zh.text).toContain("本周新增或修订数据 1 条，涉及 1 个指标序列；其他已记录的操作 0 项。");
    expect(zh.text).toContain("被退回、需修改后重新报送的数据 1 项：");
    expect(zh.text).toContain("审核意见：请核对口径");
    // the unit's targets on the one early-warning list: 泸州's 2030 target off track, and
    // 万州's two 2020 targets whose final year passed with no figure
    expect(zh.text).toContain("预警目标 3 项（进度滞后、存在风险、将突破上限或缺少数据）：");
    expect(zh.text).toContain("万州区（2020年目标）：无数据");
    expect(zh.text).toContain("泸州市（2030年目标）：滞后，完成度 0%");

    const keys = (await prisma.mailLog.findMany({ where: { kind: "digest" } })).map((l) => l.key).sort();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^digest:\d{4}-W\d{2}:user-\d+$/);
  });
});
