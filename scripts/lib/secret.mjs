// The secret that signs sessions and print tokens, when NEXTAUTH_SECRET is not given.
// It is never derived from anything (a secret derived from the database URL was
// recovered offline from one cookie): 32 random bytes, kept in DATA_DIR with mode 0600
// and reused, so sessions survive a restart of a local install. With --fresh (tests,
// benchmarks) a new one each run. Production with its own database must set it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SECRET_FILE = "auth-secret";

/**
 * Sets process.env.NEXTAUTH_SECRET when unset, for the wrapped command and its children.
 * `fresh`: a throwaway run (its secret dies with its temporary database, so it is kept
 * in memory only); `external`: DATABASE_URL came from the operator. Throws (with a
 * message for the operator) in production with an external database and no secret.
 */
export function ensureAuthSecret({ fresh, external, log }) {
  if (process.env.NEXTAUTH_SECRET) return;
  if (process.env.NODE_ENV === "production" && external) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. In production with DATABASE_URL, set NEXTAUTH_SECRET to a long random value (e.g. `openssl rand -base64 32`), the same on every instance.",
    );
  }
  if (fresh) {
    process.env.NEXTAUTH_SECRET = crypto.randomBytes(32).toString("base64url");
    return;
  }
  const { secret, created, file } = readOrCreateSecret(path.resolve(process.env.DATA_DIR || ".data"));
  process.env.NEXTAUTH_SECRET = secret;
  log(created ? `NEXTAUTH_SECRET not set: generated a random one in ${file} (kept, mode 0600)` : `NEXTAUTH_SECRET not set: using the one kept in ${file}`);
}

/** Reads DIR/auth-secret, or creates it (exclusively, mode 0600) with 256 random bits. */
function readOrCreateSecret(dir) {
  const file = path.join(dir, SECRET_FILE);
  fs.mkdirSync(dir, { recursive: true });
  try {
    const secret = crypto.randomBytes(32).toString("base64url");
    // "wx": never overwrite; two processes starting at once both end up with the winner's secret
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return { secret, created: true, file };
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (under 32 characters): delete it to generate a new one, or set NEXTAUTH_SECRET`);
  // a copied or restored file may have lost its mode: the secret is readable by this user only
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return { secret, created: false, file };
}
