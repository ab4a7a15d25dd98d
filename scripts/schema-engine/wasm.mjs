// Loads @prisma/schema-engine-wasm without `--experimental-wasm-modules`.
//
// The package entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20
// rejects unless that flag is set. So we instantiate the .wasm file ourselves and wire it
// to the package's JS glue (`schema_engine_bg.js`), which is what the entry would do.

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

let lastPanic = null;
let loading = null;

/** The message of the last Rust panic (set through PRISMA_WASM_PANIC_REGISTRY), once. */
export function takePanicMessage() {
  const message = lastPanic;
  lastPanic = null;
  return message;
}

// The package's `exports` map lists only the JS files; the .wasm and package.json sit
// next to the glue module.
function resolveGlue() {
  return require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
}

export function loadWasm() {
  loading ??= (async () => {
    // The glue reports panics through this global before the trap unwinds to JS.
    globalThis.PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message) {
        lastPanic = message;
      },
    };
    const gluePath = resolveGlue();
    const glue = await import(pathToFileURL(gluePath).href);
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start?.();
    return glue; // exports SchemaEngine and version()
  })();
  return loading;
}

/** The engine's git hash, read from the package version without loading the WASM. */
export function engineHash() {
  const pkg = resolveGlue().replace(/schema_engine_bg\.js$/, "package.json");
  const { version } = JSON.parse(readFileSync(pkg, "utf8"));
  return version.split(".").pop();
}
