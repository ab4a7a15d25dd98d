import pino from "pino";

// The one logger of the app: structured JSON lines on stdout. Never log tokens,
// passwords, cookies or request bodies; the redaction below is a last line of defence.
// LOG_LEVEL overrides the level (tests set "silent" or "warn").
const options: pino.LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: undefined,
  redact: {
    paths: ["password", "token", "cookie", "authorization", "*.password", "*.token", "*.cookie", "*.authorization", "headers.cookie", "headers.authorization"],
    censor: "[redacted]",
  },
};

/**
 * A logger with the app's options writing to `destination` (tests capture lines this way).
 * @public tests reach it through vi.mock's importOriginal, which knip cannot follow
 */
export function createLogger(destination?: pino.DestinationStream, level?: pino.LevelWithSilent): pino.Logger {
  const opts = level ? { ...options, level } : options;
  return destination ? pino(opts, destination) : pino(opts);
}

export const logger = createLogger();
