import type { Instrumentation } from "next";

// Runs once when the server starts (Next.js convention).
export async function register() {
  // every setting checked once, at start: a bad value stops the server with its name
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/env")).env();
  // Node.js only: collapses page errors caused by a database outage into the outage's
  // one log line (lib/api/db-unavailable.ts), instead of a stack trace per request
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/api/db-unavailable")).quietOutageErrors();
  // scheduled jobs (reminders, digest, DataChange pruning): started in the background, never
  // during `next build`; JOBS=off turns them off (lib/jobs/start.ts)
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/jobs/start")).startJobs();
}

/**
 * Errors Next catches itself (pages, server actions, route handlers outside apiRoute):
 * one line through the app's logger, with the stack. Only the route's pattern is
 * logged, never the path (a share page's path is its token) nor the headers (cookies).
 * Errors inside apiRoute are caught and logged there (lib/api/respond.ts), so never twice.
 * A database outage is logged once per outage (db-unavailable), not once per request.
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("@/lib/api/db-unavailable");
  if (noteDatabaseError(err)) return;
  const { logger } = await import("@/lib/log");
  const digest = typeof err === "object" && err !== null && "digest" in err ? String(err.digest) : undefined;
  logger.error(
    { err, method: request.method, route: context.routePath, routeType: context.routeType, renderSource: context.renderSource, digest },
    "request error",
  );
};
