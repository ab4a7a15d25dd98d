// Turns thrown errors into the JSON-RPC errors the Prisma CLI understands.
//
// The CLI reads `error.data`: `is_panic`, `message` and `error_code` (shown as e.g.
// "P3005" above the message). Panics are reported with `is_panic: true`, as the native
// engine does, so the CLI shows its crash report instead of a plain error.

import { takePanicMessage } from "./wasm.mjs";
import { lastScriptFailure } from "./whole-script.mjs";

// Connection failures raised by the adapter carry no Prisma code; give them the native ones.
const CONNECTION_CODES = [
  [/^Can't reach database server/, "P1001"],
  [/^Authentication failed against database server/, "P1000"],
  [/^Database `[^`]*` does not exist/, "P1003"],
  [/^User `[^`]*` was denied access/, "P1010"],
];

function errorCode(err, message) {
  if (typeof err?.code === "string" && /^P\d{4}$/.test(err.code)) return err.code;
  return CONNECTION_CODES.find(([re]) => re.test(message))?.[1] ?? null;
}

// JS errors thrown inside adapter callbacks (e.g. our shadow database setup) reach the
// engine as "External error id#N"; put the original message (and code) back.
function explainExternal(message, errorRegistry) {
  let code = null;
  const text = message.replace(/External error id#(\d+)/g, (original, id) => {
    const registered = errorRegistry?.consumeError(Number(id))?.error;
    code ??= registered?.code ?? null;
    return registered?.message ?? original;
  });
  return { text, code };
}

// A migration script that fails comes back as a bare "external connector error" with the
// migration name only in the span trace; the native engine reports P3018, which the CLI
// and users know to answer with `prisma migrate resolve`.
function failedMigration(message) {
  const m = message.match(
    /^external connector error\nError querying the database: ([\s\S]*?)\n\s+0: sql_schema_connector::apply_migration::apply_script\n\s+with migration_name="([^"]+)"/,
  );
  if (!m) return null;
  return {
    code: "P3018",
    text:
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
      `Migration name: ${m[2]}\n\nDatabase error code: ${lastScriptFailure()?.code ?? "unknown"}\n\nDatabase error:\n${m[1]}\n`,
  };
}

export function toRpcError(err, errorRegistry) {
  const panic = takePanicMessage();
  if (panic !== null || err instanceof WebAssembly.RuntimeError) {
    const message = panic ?? String(err?.message ?? err);
    return { code: 4466, message, data: { is_panic: true, message, backtrace: err?.stack ?? null } };
  }
  const explained = explainExternal(String(err?.message ?? err), errorRegistry);
  const { text: message, code } = failedMigration(explained.text) ?? explained;
  const error_code = errorCode(err, message) ?? errorCode({ code }, message);
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, meta: err?.meta ?? null, error_code },
  };
}
