// ESLint: Next's own rules (core web vitals, React hooks, a11y, imports), typescript-eslint's
// recommended rules, and the type-aware rules that catch what tsc lets through — promises
// nobody awaits or handles, promises passed where a void callback is expected, and `any`
// leaking out of JSON.parse, catch clauses and untyped libraries.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const typeAwareRules = {
  "@typescript-eslint/no-floating-promises": "error",
  "@typescript-eslint/no-misused-promises": "error",
  "@typescript-eslint/no-unsafe-assignment": "error",
  "@typescript-eslint/no-unsafe-member-access": "error",
  "@typescript-eslint/no-unsafe-call": "error",
  "@typescript-eslint/no-unsafe-return": "error",
  "@typescript-eslint/no-unsafe-argument": "error",
};

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "bench-results/**",
      ".data/**",
      ".data-*/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // An unused variable or expression is dead code or a mistake: fail, not warn.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    // Type information for every TypeScript file the tsconfig covers.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: typeAwareRules,
  },
  {
    // Tests read JSON answers (`await res.json()` is `any`) and poke at them with expect():
    // 680 unsafe-any hits, each an assertion that would fail the test anyway if the shape were
    // wrong. The unsafe-any rules stay on for the app (app/, lib/, components/, scripts/); the
    // promise rules stay on for tests too (an unawaited expect().rejects passes silently).
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    // scripts/*.mjs and next.config.js are plain JavaScript outside the tsconfig (allowJs is
    // off): they are linted without type information, so the type-aware rules cannot run there.
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
