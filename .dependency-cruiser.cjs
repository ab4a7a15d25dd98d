// Layering rules (README "Architecture"): a pure core in lib/ that frameworks and the database
// never reach into, server-only layers around it, and components that never depend on app/.
//   npm run depcruise

// The server (and edge) layers of lib/: the data layer and its one Prisma client, the API
// pipeline, the server actions, authentication, the PDF renderer, the logger, the request's locale (reads cookies
// through next/headers) and the generated Prisma client. Everything else in lib/ is pure.
const SERVER_LAYERS = [
  "^lib/data/",
  "^lib/actions/",
  "^lib/api/",
  "^lib/auth/",
  "^lib/pdf/",
  "^lib/jobs/",
  "^lib/mail/transport\\.ts$",
  "^lib/generated/",
  "^lib/db\\.ts$",
  "^lib/log\\.ts$",
  "^lib/i18n/server-locale\\.ts$",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle (type-only imports count): split the shared piece into a module of its own.",
      from: {},
      to: { circular: true },
    },
    {
      name: "pure-lib-no-framework-or-database",
      severity: "error",
      comment:
        "Pure lib/ modules (everything outside the server layers) import nothing from Next, next-auth, Prisma, the " +
        "generated client, the database or the server layers: they are tested with tables of cases, no mocks.",
      from: { path: "^lib/", pathNot: SERVER_LAYERS },
      to: {
        path: ["^node_modules/(next|next-auth|@prisma|pg|pino|server-only|playwright-core)/", "^(next|next-auth|server-only|pg)$", ...SERVER_LAYERS],
      },
    },
    {
      name: "components-not-from-app",
      severity: "error",
      comment: "components/ never import from app/: pages pass server actions and data down as props (or they live in lib/).",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "not-to-tests",
      severity: "error",
      comment: "The app (and its seed) never imports test code; scripts/ may (the import benchmark builds its file with the tests' helpers).",
      from: { path: "^(app|components|lib|prisma)/|^(proxy|instrumentation)\\.ts$" },
      to: { path: "^tests/" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing (a typo, a deleted file, a missing package).",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    // only doNotFollow node_modules and the generated client: excluding them would hide the
    // imports of them that the layering rule is about
    exclude: { path: ["^\\.next/"] },
    // type-only imports count: a cycle of types is still a cycle
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
