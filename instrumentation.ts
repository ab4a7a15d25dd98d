// Runs once when the server starts (Next.js convention).
export async function register() {
  // Node.js only: collapses page errors caused by a database outage into the outage's
  // one log line (lib/api/db-unavailable.ts), instead of a stack trace per request
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/api/db-unavailable")).quietOutageErrors();
}
