// Is this error "the database cannot be reached right now" (answer 503, retry later),
// rather than a fault of the request or of the code (4xx/500)? Pure: it inspects the
// error's shape only, so it is tested on hand-built errors of every form seen here.
//
// The forms, all of which must be recognised wherever they sit in the cause chain:
// - node socket errors from pg (`code: "ECONNREFUSED"`, `syscall: "connect"`), also as
//   an AggregateError (`errors: [...]`) when a host name resolves to several addresses;
// - PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown,
//   57P02 crash_shutdown, 57P03 cannot_connect_now ("the database system is starting
//   up"), 53300 too_many_connections;
// - pg's own messages without a code: "Connection terminated unexpectedly",
//   "Client has encountered a connection error and is not queryable", and pg-pool's
//   "timeout exceeded when trying to connect";
// - @prisma/adapter-pg wraps the first two in a DriverAdapterError whose `cause` is
//   `{kind: "DatabaseNotReachable" | "ConnectionClosed" | "SocketTimeout" |
//   "TooManyConnections"}` or `{kind: "postgres", originalCode: "57P01"}`, and the client
//   turns those into PrismaClientKnownRequestError P1001 / P1017 / P1008, or
//   P2010 / P2039 with `meta.driverAdapterError` carrying the original code.

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = [
  /connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to administrator command/i,
  /can't reach database server/i,
  /server has closed the connection/i,
];

// how deep to follow cause/errors/meta links: the real chains are 3 or 4 deep
const MAX_DEPTH = 6;

export function isDatabaseUnavailable(e: unknown): boolean {
  return check(e, 0, new Set());
}

function check(e: unknown, depth: number, seen: Set<unknown>): boolean {
  if (depth > MAX_DEPTH || e === null || typeof e !== "object" || seen.has(e)) return false;
  seen.add(e);
  const o = e as Record<string, unknown>;
  const code = typeof o.code === "string" ? o.code : undefined;
  if (code && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith("08") || PRISMA_CODES.has(code))) return true;
  if (typeof o.originalCode === "string" && (SQLSTATES.has(o.originalCode) || o.originalCode.startsWith("08"))) return true;
  if (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) return true;
  // Prisma's own message text is not matched: P2010 "Raw query failed" carries a user's
  // SQL error too. Only pg's connection messages, which no request can cause, are.
  if (typeof o.message === "string" && !code?.startsWith("P") && MESSAGES.some((re) => re.test(o.message as string))) return true;
  const next: unknown[] = [o.cause, o.meta, (o.meta as Record<string, unknown> | undefined)?.driverAdapterError];
  if (Array.isArray(o.errors)) next.push(...(o.errors as unknown[]));
  return next.some((n) => check(n, depth + 1, seen));
}
