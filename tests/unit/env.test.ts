import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

const SECRET = "x".repeat(43);

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems.map((p) => p.variable);
  }
}

describe("parseEnv", () => {
  it("gives the documented defaults for an empty environment", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DB_POOL_SIZE: 10,
      PORT: 3000,
      CHROMIUM_PATH: "/usr/bin/chromium",
      DATA_DIR: ".data",
      PROGRESS_CACHE: true,
      SEED_SAMPLE: true,
      TRUST_PROXY: false,
      IMPORT_CONCURRENCY: 2,
      SHARE_MAX_DAYS: 365,
      RENDER_QUEUE_SIZE: 4,
      RENDER_CONCURRENCY: 2,
      RENDER_TIMEOUT_MS: 60_000,
      MAIL_FROM: "Plan Monitor <no-reply@localhost>",
      JOBS: true,
      REMINDER_DAYS: 7,
    });
  });

  it("reads the mail and job settings", () => {
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "规划监测 <m@example.gov.cn>", JOBS: "off", REMINDER_DAYS: "3" })).toMatchObject({
      SMTP_URL: "smtps://u:p@mail.example:465",
      MAIL_FROM: "规划监测 <m@example.gov.cn>",
      JOBS: false,
      REMINDER_DAYS: 3,
    });
  });

  it("reads good values", () => {
    const e = parseEnv({
      DATABASE_URL: "postgresql://u:p@db.internal:5432/plan",
      DB_POOL_SIZE: "25",
      PORT: "8080",
      NEXTAUTH_SECRET: SECRET,
      PRINT_ORIGIN: "http://app.internal:8080/",
      PROGRESS_CACHE: "off",
      SEED_SAMPLE: "0",
      LOG_LEVEL: "debug",
      TRUST_PROXY: "1",
    });
    expect(e).toMatchObject({
      DB_POOL_SIZE: 25,
      PORT: 8080,
      PROGRESS_CACHE: false,
      SEED_SAMPLE: false,
      TRUST_PROXY: true,
      LOG_LEVEL: "debug",
      NEXTAUTH_SECRET: SECRET,
    });
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ DB_POOL_SIZE: "", NEXTAUTH_SECRET: "" })).toMatchObject({ DB_POOL_SIZE: 10, NEXTAUTH_SECRET: undefined });
  });

  it.each([
    [{ DB_POOL_SIZE: "ten" }, ["DB_POOL_SIZE"]],
    [{ DB_POOL_SIZE: "0" }, ["DB_POOL_SIZE"]],
    [{ DB_POOL_SIZE: "1.5" }, ["DB_POOL_SIZE"]],
    [{ PORT: "70000" }, ["PORT"]],
    [{ PORT: "-1" }, ["PORT"]],
    [{ DATABASE_URL: "localhost:5432/plan" }, ["DATABASE_URL"]],
    [{ DATABASE_URL: "mysql://localhost/plan" }, ["DATABASE_URL"]],
    [{ PRINT_ORIGIN: "app.internal:3000" }, ["PRINT_ORIGIN"]],
    [{ PRINT_ORIGIN: "file:///etc/passwd" }, ["PRINT_ORIGIN"]],
    [{ NEXTAUTH_SECRET: "short" }, ["NEXTAUTH_SECRET"]],
    [{ CHROMIUM_PATH: "chromium" }, ["CHROMIUM_PATH"]],
    [{ PROGRESS_CACHE: "maybe" }, ["PROGRESS_CACHE"]],
    [{ LOG_LEVEL: "loud" }, ["LOG_LEVEL"]],
    [{ TRUST_PROXY: "yes" }, ["TRUST_PROXY"]],
    [{ PORT: "x", DB_POOL_SIZE: "y" }, ["DB_POOL_SIZE", "PORT"]],
    [{ SMTP_URL: "mail.example:25" }, ["SMTP_URL"]],
    [{ SMTP_URL: "http://mail.example" }, ["SMTP_URL"]],
    [{ JOBS: "maybe" }, ["JOBS"]],
    [{ REMINDER_DAYS: "0" }, ["REMINDER_DAYS"]],
  ])("%o is refused, naming %o", (source, variables) => {
    expect(problems(source).sort()).toEqual(variables);
  });

  it("refuses production without a secret, and names the variable in the message", () => {
    expect(problems({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/plan" })).toEqual(["NEXTAUTH_SECRET"]);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });
});
