// The data-quality flags an observation may carry: the one list, for the arithmetic (which
// ones become caveats, see caveats.ts), the import's flags column (lib/import/flags.ts),
// the entry form, the input schema and the API description.
export const FLAGS = ["provisional", "estimated", "definition_differs", "low_confidence", "break_in_series"] as const;
export type Flag = (typeof FLAGS)[number];
