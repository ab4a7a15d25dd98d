// Newline-delimited JSON-RPC 2.0 over stdin/stdout, as the Prisma CLI speaks it.
//
// Requests are handled one at a time, in order (the CLI waits for each answer anyway).
// The conversation also goes the other way: the native engine prints `migrate diff`
// output by sending the CLI a `print` request and waiting for its reply, so we can send
// requests too and match the CLI's responses by id.

import readline from "node:readline";

function send(message) {
  process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
}

const pending = new Map(); // id of our request to the CLI -> resolve
let nextId = 1;

/** Sends a request to the CLI and resolves with its result. */
export function requestCli(method, params) {
  const id = `stand-in-${nextId++}`;
  return new Promise((resolve, reject) => {
    pending.set(id, (reply) => (reply.error ? reject(new Error(JSON.stringify(reply.error))) : resolve(reply.result)));
    send({ id, method, params });
  });
}

/**
 * Serves requests until stdin closes. `handle(method, params)` returns the result or
 * throws; `toError(err)` builds the JSON-RPC error; `afterEach()` runs after every
 * request, before its answer is sent.
 */
export function serve({ handle, toError, afterEach, onClose }) {
  let queue = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      // A response to one of our requests: answer it now, even mid-request.
      pending.get(message.id)?.(message);
      pending.delete(message.id);
      return;
    }
    queue = queue.then(async () => {
      let reply;
      try {
        // A missing result (e.g. reset) must still be a `result` member for the CLI.
        reply = { result: (await handle(message.method, message.params ?? {})) ?? {} };
      } catch (err) {
        reply = { error: toError(err) };
      }
      // Clean up before answering: the CLI kills the engine right after the last answer.
      await afterEach?.();
      if (message.id !== undefined) send({ id: message.id, ...reply });
    });
  });
  input.on("close", () => {
    queue = queue.then(() => onClose?.());
  });
}
