// Runs SQL scripts (migrations, resets, `db execute`) the way the native engine does.
//
// @prisma/adapter-pg's executeScript splits the script on every ";" and sends the pieces
// one by one. That breaks scripts with a ";" inside a string, a comment or a function
// body ($$ … $$), and it loses atomicity: when a statement fails, the ones before it
// stay applied. The native engine sends the whole script in one simple-query round trip,
// which PostgreSQL runs as a single implicit transaction (explicit BEGIN/COMMIT inside
// the script still work). pg does the same for a query without parameters.

let lastFailure = null;

/** The pg error of the last failed script (its SQLSTATE is lost inside the engine). */
export function lastScriptFailure() {
  return lastFailure;
}

async function executeWholeScript(script) {
  try {
    await this.client.query(script);
  } catch (error) {
    lastFailure = error;
    this.onError(error); // rethrows as the adapter's DriverAdapterError, as before
  }
}

/** Replaces executeScript on one adapter instance (before it is bound). */
export function runScriptsWhole(adapter) {
  adapter.executeScript = executeWholeScript;
  return adapter;
}
