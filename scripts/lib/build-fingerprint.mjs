// `npm start` builds only when the sources changed since the last build: a hash of
// every file the build reads, stored beside the build output.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const STAMP = path.join(".next", "plan-monitor-source-hash");

function* walk(p) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isFile()) {
    yield p;
    return;
  }
  for (const name of fs.readdirSync(p).sort()) yield* walk(path.join(p, name));
}

function sourceHash(root = ".") {
  const h = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of walk(path.join(root, input))) {
      h.update(file);
      h.update(fs.readFileSync(file));
    }
  }
  return h.digest("hex");
}

export function isBuildCurrent(root = ".") {
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function markBuildCurrent(root = ".") {
  fs.writeFileSync(path.join(root, STAMP), sourceHash(root));
}
