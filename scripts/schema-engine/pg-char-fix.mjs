// Makes @prisma/adapter-pg accept Postgres' internal one-byte `"char"` type (OID 18).
//
// The engine's introspection queries read pg_catalog columns such as `relkind` and
// `contype`, which are `"char"`. The adapter has no column-type mapping for OID 18 and
// fails with `Column type 'char' could not be deserialized from the database.`, which
// breaks `db pull`, `db push` and `migrate dev`. pg already hands those values over as
// strings, so relabelling the result fields as `text` (OID 25) is enough.
//
// Both prototypes are wrapped: the adapter queries through pg.Pool, whose `query` calls
// pg.Client#query with a callback, while a checked-out client is called directly.

const CHAR_OID = 18;
const TEXT_OID = 25;

function relabel(result) {
  // Multi-statement queries resolve to an array of results.
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function wrapQuery(proto) {
  const original = proto.query;
  if (original.__charFix) return;
  proto.query = function queryWithCharFix(...args) {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (err, result) => callback(err, err ? result : relabel(result));
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    // Submittables (cursors, streams) are returned as is.
    return typeof returned?.then === "function" ? returned.then(relabel) : returned;
  };
  proto.query.__charFix = true;
}

export function patchCharType(pg) {
  wrapQuery(pg.Client.prototype);
  wrapQuery(pg.Pool.prototype);
}
