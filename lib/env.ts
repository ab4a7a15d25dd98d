import { z } from "zod";

// All configuration the app reads from the environment, validated in one place: a bad
// value is an error naming the variable when the configuration is first read, never a
// NaN or a silent default at run time. Pure (no next, no database): tests import it.
// An empty value counts as unset (shells and container files often write `X=`).

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} must be a whole number` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `${name} must be at least ${min}` })
        .max(max, { error: `${name} must be at most ${max}` }),
    );

const url = (name: string, protocols: RegExp) =>
  z
    .string()
    .refine((s) => URL.canParse(s) && protocols.test(new URL(s).protocol), { error: `${name} must be a ${protocols.source.replace(/[\^$()]/g, "")} URL` });

const flag = (name: string) =>
  z
    .enum(["0", "1", "false", "true", "off", "on"], { error: `${name} must be 0/1, true/false or on/off` })
    .transform((v) => v === "1" || v === "true" || v === "on");

/** The generated secret is 32 random bytes (43 base64url characters); below 32 characters a secret is refused. */
export const MIN_SECRET_LENGTH = 32;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: url("DATABASE_URL", /^(postgres|postgresql):$/).optional(),
  DB_POOL_SIZE: integer("DB_POOL_SIZE", 1, 1000).default(10),
  PORT: integer("PORT", 1, 65535).default(3000),
  NEXTAUTH_SECRET: z
    .string()
    .min(MIN_SECRET_LENGTH, { error: `NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 32\`)` })
    .optional(),
  PRINT_ORIGIN: url("PRINT_ORIGIN", /^(http|https):$/).optional(),
  CHROMIUM_PATH: z.string().startsWith("/", { error: "CHROMIUM_PATH must be an absolute path" }).default("/usr/bin/chromium"),
  DATA_DIR: z.string().default(".data"),
  PROGRESS_CACHE: flag("PROGRESS_CACHE").default(true),
  SEED_SAMPLE: flag("SEED_SAMPLE").default(true),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent" })
    .optional(),
  TRUST_PROXY: flag("TRUST_PROXY").default(false),
  /** The origin browsers use when a proxy rewrites Host (cookie writes from it pass the same-origin check). */
  APP_ORIGIN: url("APP_ORIGIN", /^(http|https):$/).optional(),
  /** Imports running at once per instance (spooled file + one connection each); past it 503. */
  IMPORT_CONCURRENCY: integer("IMPORT_CONCURRENCY", 1, 64).default(2),
  /** Longest lifetime of a share link made by a non-admin, in days. */
  SHARE_MAX_DAYS: integer("SHARE_MAX_DAYS", 1, 3650).default(365),
  /** PDF/PNG renders that may wait for a slot; one more is refused with 503. */
  RENDER_QUEUE_SIZE: integer("RENDER_QUEUE_SIZE", 0, 1000).default(4),
  /** PDF/PNG renders at once (each holds a chromium page and its memory). */
  RENDER_CONCURRENCY: integer("RENDER_CONCURRENCY", 1, 32).default(2),
  /** Time limit of one render, waiting excluded, in milliseconds. */
  RENDER_TIMEOUT_MS: integer("RENDER_TIMEOUT_MS", 1000, 600_000).default(60_000),
  /** Where mail goes out (smtp://user:pass@host:587, smtps://…:465). Unset: mail is off, the app runs without it. */
  SMTP_URL: url("SMTP_URL", /^(smtp|smtps):$/).optional(),
  /** The From of every mail, e.g. `规划监测 <monitor@example.gov.cn>`. */
  MAIL_FROM: z.string().default("Plan Monitor <no-reply@localhost>"),
  /** off: this instance runs no scheduled jobs (reminders, digests, DataChange pruning). */
  JOBS: flag("JOBS").default(true),
  /** Reminders go out this many days before a round's due date (and once on the day it is overdue). */
  REMINDER_DAYS: integer("REMINDER_DAYS", 1, 90).default(7),
});

export type Env = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable}: ${p.message}`).join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Parses a set of variables (process.env, or a table in tests); throws ConfigError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const given = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, source[k] === "" ? undefined : source[k]]));
  const r = schema.safeParse(given);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })));
  // Sessions signed with a secret anyone can guess are forgeable: production never runs without one.
  if (r.data.NODE_ENV === "production" && !r.data.NEXTAUTH_SECRET) {
    throw new ConfigError([{ variable: "NEXTAUTH_SECRET", message: "is required in production: set a long random value (e.g. `openssl rand -base64 32`)" }]);
  }
  return r.data;
}

let cached: Env | undefined;

/** The app's configuration, read from process.env once. */
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

/** The secret that signs sessions and print tokens. Never derived from anything: unset is an error. */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) {
    throw new ConfigError([
      { variable: "NEXTAUTH_SECRET", message: "is not set: start with `npm start` / `npm run dev` (which keep a generated secret in DATA_DIR) or set it" },
    ]);
  }
  return secret;
}
