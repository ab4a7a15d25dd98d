// Reads a migration script rendered by the engine back into the destructive-change
// checks the native engine would run (see data-loss.mjs for why we need them).
//
// The engine renders PostgreSQL scripts in a fixed shape: each step starts with a
// `-- StepName` line, statements end with `;`, identifiers are double-quoted and may be
// schema-qualified, and an ALTER TABLE lists its clauses separated by commas. We only
// recognise the statements that can lose data or fail on existing rows.

const IDENT = String.raw`(?:"(?:[^"]|"")+"\.)?"(?:[^"]|"")+"`;

function parseIdent(text) {
  const parts = text.match(/"(?:[^"]|"")+"/g).map((p) => p.slice(1, -1).replaceAll('""', '"'));
  return parts.length === 2 ? { schema: parts[0], name: parts[1] } : { schema: null, name: parts[0] };
}

// Splits on `sep` outside quotes and parentheses.
function splitTopLevel(text, sep) {
  const out = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === sep && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** [{ index, statements: [sql] }] — one entry per `-- StepName` section. */
function splitSteps(script) {
  const steps = [];
  for (const line of script.split("\n")) {
    if (/^-- [A-Z]\w*$/.test(line)) steps.push({ index: steps.length, body: "" });
    else if (steps.length && !line.startsWith("--")) steps.at(-1).body += line + "\n";
  }
  return steps.map(({ index, body }) => ({ index, statements: splitTopLevel(body, ";") }));
}

function alterTableChecks(table, clauses, step) {
  const checks = [];
  const dropped = new Set();
  for (const clause of clauses) {
    let m;
    if ((m = clause.match(new RegExp(`^DROP COLUMN (${IDENT})`)))) {
      const column = parseIdent(m[1]).name;
      dropped.add(column);
      checks.push({ kind: "columnDrop", table, column, step });
    } else if ((m = clause.match(new RegExp(`^ADD COLUMN\\s+(${IDENT})\\s+([\\s\\S]*)$`)))) {
      const column = parseIdent(m[1]).name;
      const required = /\bNOT NULL\b/.test(m[2]) && !/\b(DEFAULT|GENERATED)\b/.test(m[2]);
      if (dropped.has(column)) {
        // No cast exists between the types: the engine drops and re-adds the column.
        const i = checks.findIndex((c) => c.kind === "columnDrop" && c.column === column);
        checks.splice(i, 1, { kind: "dropAndRecreate", table, column, step });
        if (required) checks.push({ kind: "dropAndRecreateRequired", table, column, step });
      } else if (required) checks.push({ kind: "addedRequired", table, column, step });
    } else if ((m = clause.match(new RegExp(`^ALTER COLUMN (${IDENT}) SET DATA TYPE ([\\s\\S]+?)(?:\\s+USING [\\s\\S]*)?$`)))) {
      checks.push({ kind: "typeChange", table, column: parseIdent(m[1]).name, nextType: m[2].trim(), step });
    } else if ((m = clause.match(new RegExp(`^ALTER COLUMN (${IDENT}) SET NOT NULL`)))) {
      checks.push({ kind: "madeRequired", table, column: parseIdent(m[1]).name, step });
    } else if (/^ADD CONSTRAINT .* PRIMARY KEY/s.test(clause)) {
      checks.push({ kind: "primaryKeyChange", table, step });
    }
  }
  return checks;
}

/** The checks for a rendered script, in step order, plus the number of steps. */
export function destructiveChecks(script) {
  const steps = splitSteps(script);
  const created = new Set(); // tables created by this script: nothing in them to lose
  const newEnums = new Map(); // "E_new" -> values, from the enum re-creation pattern
  const checks = [];
  const key = (t) => `${t.schema ?? ""}.${t.name}`;
  for (const { index: step, statements } of steps) {
    for (const sql of statements) {
      let m;
      if ((m = sql.match(new RegExp(`^CREATE TABLE (${IDENT})`)))) created.add(key(parseIdent(m[1])));
      else if ((m = sql.match(new RegExp(`^DROP TABLE (${IDENT})`)))) {
        checks.push({ kind: "tableDrop", table: parseIdent(m[1]), step });
      } else if ((m = sql.match(new RegExp(`^ALTER TABLE (${IDENT}) ([\\s\\S]*)$`)))) {
        const table = parseIdent(m[1]);
        if (!created.has(key(table))) checks.push(...alterTableChecks(table, splitTopLevel(m[2], ","), step));
      } else if ((m = sql.match(new RegExp(`^CREATE UNIQUE INDEX ${IDENT} ON (${IDENT})\\s*\\(([\\s\\S]*)\\)$`)))) {
        const table = parseIdent(m[1]);
        const columns = splitTopLevel(m[2], ",").map((c) => c.replace(/^"|"$/g, ""));
        if (!created.has(key(table))) checks.push({ kind: "uniqueAdded", table, columns, step });
      } else if ((m = sql.match(new RegExp(`^CREATE TYPE (${IDENT}) AS ENUM \\(([\\s\\S]*)\\)$`)))) {
        const values = splitTopLevel(m[2], ",").map((v) => v.slice(1, -1).replaceAll("''", "'"));
        newEnums.set(parseIdent(m[1]).name, values);
      } else if ((m = sql.match(new RegExp(`^ALTER TYPE (${IDENT}) RENAME TO (${IDENT})$`)))) {
        const enm = parseIdent(m[1]);
        const values = newEnums.get(`${enm.name}_new`);
        if (values && parseIdent(m[2]).name === `${enm.name}_old`) checks.push({ kind: "enumRecreate", enm, values, step });
      } else if (/^(DROP TABLE|ALTER TABLE[\s\S]*\b(DROP COLUMN|SET DATA TYPE))\b/.test(sql)) {
        checks.push({ kind: "unrecognised", sql, step }); // never let a drop pass unflagged
      }
    }
  }
  return { checks, stepCount: steps.length };
}
