// Creates the WASM SchemaEngine, connected through @prisma/adapter-pg.

import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { forwardEngineLog } from "./log.mjs";
import { patchCharType } from "./pg-char-fix.mjs";
import { pgConfig, schemaName } from "./pg-url.mjs";
import { provideShadowDatabase } from "./shadow.mjs";
import { loadWasm } from "./wasm.mjs";
import { runScriptsWhole } from "./whole-script.mjs";

patchCharType(pg);

/**
 * `SchemaEngine.new` connects at once (it reads the server version), so this fails
 * early when the database is unreachable, even for commands that would not need it.
 * Returns the engine and the adapter factory's error registry, which holds the JS errors
 * the engine only knows as "External error id#N".
 */
export async function startEngine({ datamodels, url, shadowUrl }) {
  const { SchemaEngine } = await loadWasm();
  // `?schema=` selects the namespace the engine works in, as with the native engine.
  const options = { schema: schemaName(url) };
  const factory = new PrismaPg(pgConfig(url), options);
  provideShadowDatabase(factory, { mainUrl: url, shadowUrl, options });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => runScriptsWhole(await connect());
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  // An empty array makes the engine panic; "no schema" is `undefined`.
  const engine = await SchemaEngine.new({ datamodels: datamodels?.length ? datamodels : undefined }, forwardEngineLog, bound);
  return { engine, errorRegistry: bound.errorRegistry };
}
