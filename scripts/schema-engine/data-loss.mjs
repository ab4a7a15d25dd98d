// Destructive-change warnings, as the native engine reports them.
//
// The WASM engine refuses `evaluateDataLoss` and `createMigration` on PostgreSQL
// ("shadow DB must be provided through an external factory"), so we compute the next
// migration with `diff` and re-derive the checks from its SQL (sql-steps.mjs). Like the
// native engine, evaluateDataLoss counts rows and values on the main database (which
// `migrate dev` has just brought up to date with the migrations) and stays silent when
// nothing would be lost; the messages are the native ones. createMigration only needs
// the "pure" wording for the comment at the top of migration.sql, without counting.
// Anything we cannot count is reported in the uncounted form, so doubt means a warning.

import pg from "pg";
import { quoteIdent, schemaName } from "./pg-url.mjs";
import { destructiveChecks } from "./sql-steps.mjs";

// Casts the native engine treats as safe: no warning even with data.
const SAFE_CASTS = [
  [/./, /^TEXT$/i],
  [/^(smallint|integer)$/, /^(INTEGER|BIGINT)$/i],
  [/^real$/, /^DOUBLE PRECISION$/i],
  [/^character varying/, /^VARCHAR$/i],
];

function isSafeCast(previous, next) {
  const widerVarchar = /^character varying\((\d+)\)$/.exec(previous ?? "");
  const nextVarchar = /^VARCHAR\((\d+)\)$/i.exec(next);
  if (widerVarchar && nextVarchar) return Number(nextVarchar[1]) >= Number(widerVarchar[1]);
  return previous != null && SAFE_CASTS.some(([from, to]) => from.test(previous) && to.test(next));
}

function makeInspector(client, defaultSchema) {
  const rel = (t) => `${quoteIdent(t.schema ?? defaultSchema)}.${quoteIdent(t.name)}`;
  const one = async (sql, params) => {
    if (!client) return null;
    try {
      const { rows } = await client.query(sql, params);
      return rows[0] ? Object.values(rows[0])[0] : null;
    } catch {
      return null; // unknown: callers fall back to the uncounted message
    }
  };
  return {
    rows: (t) => one(`SELECT COUNT(*)::int FROM ${rel(t)}`),
    values: (t, c) => one(`SELECT COUNT(${quoteIdent(c)})::int FROM ${rel(t)}`),
    type: (t, c) => one(`SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = $2`, [rel(t), c]),
    enumValues: (e) =>
      one(`SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = to_regtype($1)`, [
        `${quoteIdent(e.schema ?? defaultSchema)}.${quoteIdent(e.name)}`,
      ]),
  };
}

// Returns [kind, message] or null; `count` is false for the pure (uncounted) wording.
async function evaluate(check, db, count) {
  const { table: t = {}, column: c } = check;
  const rows = count && t.name ? await db.rows(t) : null;
  const values = count && c ? await db.values(t, c) : null;
  switch (check.kind) {
    case "tableDrop":
      if (rows === 0) return null;
      return [
        "warning",
        rows == null
          ? `You are about to drop the \`${t.name}\` table. If the table is not empty, all the data it contains will be lost.`
          : `You are about to drop the \`${t.name}\` table, which is not empty (${rows} rows).`,
      ];
    case "columnDrop":
      if (rows === 0 || values === 0) return null;
      return [
        "warning",
        values == null
          ? `You are about to drop the column \`${c}\` on the \`${t.name}\` table. All the data in the column will be lost.`
          : `You are about to drop the column \`${c}\` on the \`${t.name}\` table, which still contains ${values} non-null values.`,
      ];
    case "dropAndRecreate":
      if (rows === 0 || values === 0) return null;
      return [
        "warning",
        `The \`${c}\` column on the \`${t.name}\` table would be dropped and recreated. This will lead to data loss${values == null ? " if there is data in the column" : ""}.`,
      ];
    case "typeChange": {
      const previous = await db.type(t, c);
      if (rows === 0 || values === 0 || isSafeCast(previous, check.nextType)) return null;
      const cast = `The data in that column will be cast from \`${previous ?? "unknown"}\` to \`${check.nextType}\`.`;
      return [
        "warning",
        values == null
          ? `You are about to alter the column \`${c}\` on the \`${t.name}\` table. The data in that column could be lost. ${cast}`
          : `You are about to alter the column \`${c}\` on the \`${t.name}\` table, which contains ${values} non-null values. ${cast}`,
      ];
    }
    case "primaryKeyChange":
      if (rows === 0) return null;
      return [
        "warning",
        `The primary key for the \`${t.name}\` table will be changed. If it partially fails, the table could be left without primary key constraint.`,
      ];
    case "uniqueAdded":
      return [
        "warning",
        `A unique constraint covering the columns \`[${check.columns.join(",")}]\` on the table \`${t.name}\` will be added. If there are existing duplicate values, this will fail.`,
      ];
    case "enumRecreate": {
      const removed = ((await db.enumValues(check.enm)) ?? []).filter((v) => !check.values.includes(v));
      if (!removed.length) return null;
      return [
        "warning",
        `The values [${removed.join(",")}] on the enum \`${check.enm.name}\` will be removed. If these variants are still used in the database, this will fail.`,
      ];
    }
    case "addedRequired":
      if (rows === 0) return null;
      return [
        "unexecutable",
        `Added the required column \`${c}\` to the \`${t.name}\` table without a default value. ${
          rows == null ? "This is not possible if the table is not empty." : `There are ${rows} rows in this table, it is not possible to execute this step.`
        }`,
      ];
    case "dropAndRecreateRequired":
      if (rows === 0) return null;
      return [
        "unexecutable",
        `Changed the type of \`${c}\` on the \`${t.name}\` table. No cast exists, the column would be dropped and recreated, which cannot be done ${rows == null ? "if there is data, since the column is required" : "since the column is required and there is data in the table"}.`,
      ];
    case "madeRequired":
      if (rows === 0 || (rows != null && values != null && rows === values)) return null;
      return [
        "unexecutable",
        rows == null || values == null
          ? `Made the column \`${c}\` on table \`${t.name}\` required. This step will fail if there are existing NULL values in that column.`
          : `Made the column \`${c}\` on table \`${t.name}\` required, but there are ${rows - values} existing NULL values.`,
      ];
    default:
      return ["warning", `This migration contains a statement that may lose data: ${check.sql}`];
  }
}

/**
 * { migrationSteps, warnings, unexecutableSteps } for a rendered script. With `url`,
 * rows are counted on that database (evaluateDataLoss); without, the pure wording.
 */
export async function assessScript(script, { url, count }) {
  const { checks, stepCount } = destructiveChecks(script);
  const result = { migrationSteps: stepCount, warnings: [], unexecutableSteps: [] };
  if (!checks.length) return result;
  const client = url ? new pg.Client({ connectionString: url }) : null;
  try {
    await client?.connect();
  } catch {
    return assessScript(script, { url: null, count: false });
  }
  try {
    const db = makeInspector(client, url ? schemaName(url) : "public");
    for (const check of checks) {
      const found = await evaluate(check, db, count);
      if (!found) continue;
      const [kind, message] = found;
      (kind === "warning" ? result.warnings : result.unexecutableSteps).push({ message, stepIndex: check.step });
    }
  } finally {
    await client?.end().catch(() => {});
  }
  return result;
}

/** The `/* Warnings: … *\/` header the native engine puts at the top of migration.sql. */
export function warningsHeader({ warnings, unexecutableSteps }) {
  const lines = [...warnings, ...unexecutableSteps].map((w) => `  - ${w.message}\n`);
  return lines.length ? `/*\n  Warnings:\n\n${lines.join("")}\n*/\n` : "";
}
