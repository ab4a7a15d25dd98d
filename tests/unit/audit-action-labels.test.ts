import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabel, auditActionLabels } from "@/lib/i18n/strings/audit-actions";

// Every action code written anywhere: the string literals in the expression after `action:` up to the next
// comma (so both arms of `action: u.active ? "user.reactivate" : "user.deactivate"` count); type
// annotations such as `action: Extract<Action, ...>` are skipped.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "generated" || name === "node_modules" || name === "i18n") return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

function writtenActionCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of [...sourceFiles("lib"), ...sourceFiles("app")]) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      for (const [, expr] of line.matchAll(/\baction: ([^,}]*)/g)) {
        if (expr!.includes("<")) continue;
        for (const m of expr!.matchAll(/"([a-z_]+(?:\.[a-z_]+)?)"/g)) codes.add(m[1]!);
      }
    }
  }
  return codes;
}

describe("audit action labels", () => {
  const codes = [...writtenActionCodes()].sort();

  it("finds the action codes in the source (the scan itself works)", () => {
    expect(codes).toEqual(
      expect.arrayContaining(["observation.create", "observation.import", "user.deactivate", "user.reactivate", "report.export", "login", "token.login"]),
    );
  });

  it.each(["zh", "en"] as const)("every written action code has a %s label", (locale) => {
    const missing = codes.filter((c) => !auditActionLabels[locale][c]);
    expect(missing).toEqual([]);
  });

  it("zh and en label the same codes", () => {
    expect(Object.keys(auditActionLabels.zh).sort()).toEqual(Object.keys(auditActionLabels.en).sort());
  });

  it("labels are natural text, and unknown codes show as recorded", () => {
    expect(auditActionLabel("user.role", "zh")).toBe("修改角色");
    expect(auditActionLabel("user.role", "en")).toBe("Role changed");
    expect(auditActionLabel("legacy.thing", "en")).toBe("legacy.thing");
  });
});
