// Shapes shared by the report builder's client components.
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Lens } from "@/lib/validation/report";

export interface BuilderOptions {
  plans: { slug: string; name: string; periodStart: number; outlookYear: number }[];
  indicators: { code: string; name: string; unit: string }[];
  regions: { adcode: string; name: string; level: string }[];
}

export interface BuilderAnnotation {
  indicatorCode: string;
  regionAdcode: string;
  /** As typed; empty = no year. */
  year: string;
  body: string;
}

export interface BuilderState {
  title: string;
  description: string;
  commentary: string;
  plan: string;
  indicators: string[];
  regions: string[];
  yearFrom: number;
  yearTo: number;
  lens: Lens;
  chartKind: "series" | "table";
  showTrajectory: boolean;
  showProjection: boolean;
  includeWarnings: boolean;
  pinned: boolean;
  /** datetime-local value in Beijing time. */
  pinnedLocal: string;
  visibility: "private" | "team";
  annotations: BuilderAnnotation[];
}

export interface BuilderText {
  r: Dictionary["reports"];
  common: Dictionary["common"];
  levels: Dictionary["levels"];
  locale: Locale;
}
