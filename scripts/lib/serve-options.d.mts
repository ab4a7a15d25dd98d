// Types for serve-options.mjs, which TypeScript files (scripts/bench-progress.ts) import.
export declare function withServeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
