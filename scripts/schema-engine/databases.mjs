// Whole-database operations done with plain pg: the `cli` subcommands the Prisma CLI runs
// before starting the engine (`can-connect-to-database`, `create-database`, also
// `drop-database`), and the createDatabase RPC. They must work when the target database
// does not exist yet, which the WASM engine (it connects on creation) cannot do.
// Failures carry the native error codes, e.g. P1003 makes the CLI create the database.

import pg from "pg";
import { databaseName, hostPort, quoteIdent, withDatabase } from "./pg-url.mjs";

function codedError(code, message) {
  return Object.assign(new Error(message), { code });
}

// pg / network errors -> native user-facing errors.
function translate(err, url) {
  const { host, port } = hostPort(url);
  const db = databaseName(url);
  const user = decodeURIComponent(new URL(url).username) || "postgres";
  switch (err.code) {
    case "28P01":
    case "28000":
      return codedError(
        "P1000",
        `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}\`.`,
      );
    case "3D000":
      return codedError("P1003", `Database \`${db}\` does not exist on the database server at \`${host}:${port}\`.`);
    case "42P04":
      return codedError("P1009", `Database \`${db}\` already exists on the database server at \`${host}:${port}\``);
    case "42501":
      return codedError("P1010", `User \`${user}\` was denied access on the database \`${db}\``);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return codedError(
        "P1001",
        `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
      );
    default:
      return err;
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return await fn(client);
  } catch (err) {
    throw translate(err, url);
  } finally {
    await client.end().catch(() => {});
  }
}

export function canConnect(url) {
  return withClient(url, (client) => client.query("SELECT 1"));
}

// CREATE/DROP DATABASE run from the `postgres` maintenance database, as natively.
export async function createDatabase(url) {
  const name = databaseName(url);
  await withClient(withDatabase(url, "postgres"), (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`)).catch((err) => {
    throw err.code === "P1009" || err.code === "42P04" ? translate({ code: "42P04" }, url) : err;
  });
  return name;
}

export async function dropDatabase(url) {
  const name = databaseName(url);
  await withClient(withDatabase(url, "postgres"), (client) => client.query(`DROP DATABASE ${quoteIdent(name)}`));
  return name;
}
