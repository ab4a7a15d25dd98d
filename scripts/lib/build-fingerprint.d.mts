// Types for build-fingerprint.mjs, which TypeScript files (scripts/bench-pdf.ts) import.
export function isBuildCurrent(root?: string): boolean;
export function markBuildCurrent(root?: string): void;
