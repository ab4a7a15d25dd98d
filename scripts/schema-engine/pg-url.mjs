// Small helpers around PostgreSQL connection strings.

/** The same server and credentials, another database. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** `?schema=` as Prisma understands it (default `public`). */
export function schemaName(url) {
  return new URL(url).searchParams.get("schema") || "public";
}

/**
 * pg config for a Prisma URL. The native engine runs `SET search_path` to `?schema=`
 * on connect, so unqualified names in migration scripts land in that schema; pg ignores
 * the parameter, so we pass it as a startup option instead (only when given).
 */
export function pgConfig(url) {
  const schema = new URL(url).searchParams.get("schema");
  if (!schema) return { connectionString: url };
  return { connectionString: url, options: `-c search_path=${quoteIdent(schema).replaceAll(" ", "\\ ")}` };
}

export function hostPort(url) {
  const u = new URL(url);
  return { host: decodeURIComponent(u.hostname) || "localhost", port: u.port || "5432" };
}

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url ?? "");
}

export function quoteIdent(name) {
  return '"' + String(name).replaceAll('"', '""') + '"';
}
