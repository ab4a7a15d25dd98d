// Logging for the schema-engine stand-in.
//
// stdout is the JSON-RPC channel to the Prisma CLI, so nothing else may ever be written
// there. Logs go to stderr as one JSON object per line, in the shape of the native
// engine's tracing output: the CLI parses those lines, keeps `fields.message`, and uses
// the last `level: "ERROR"` line as the reason when the engine exits with code 1. In
// `cli` mode it reads `fields.error_code` from lines whose target is
// `schema_engine::logger`.

export function log(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: "schema_engine::logger",
  };
  process.stderr.write(JSON.stringify(line) + "\n");
}

// The WASM engine already emits tracing JSON strings; pass them through untouched.
export function forwardEngineLog(line) {
  process.stderr.write(String(line).trimEnd() + "\n");
}
