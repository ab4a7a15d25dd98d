// Result shapes of the limit and band lenses (see limit-lenses.ts).

/**
 * A limit (a ceiling, or a floor) read as a limit: see limit-lenses.ts. Values in the
 * indicator's unit; headroom < 0 means the limit is breached.
 */
export interface LimitLens {
  side: "ceiling" | "floor";
  /** Room left at the judged figure: v_T − v (ceiling), v − v_T (floor). */
  headroom: number;
  /** Share of the allowed change used, (v − v_b)/(v_T − v_b); null without a usable baseline. */
  used: number | null;
  /** Share of the time elapsed, (t − b)/(T − b); null without a usable baseline. */
  timeShare: number | null;
  /** When the limit would be crossed at the current (linear) pace; year may be fractional. */
  crossing: { kind: "breached" | "at_limit" | "before_target" | "after_target" | "not_at_this_pace" | "unknown"; year: number | null };
  /** Headroom projected to the target year at that pace; null once t ≥ T or without a pace. */
  marginAtTarget: number | null;
}

/** An approx target's band and where the judged figure lies (see limit-lenses.ts). */
export interface BandLens {
  low: number;
  high: number;
  /** v − high above the band, v − low below it, 0 inside. */
  distance: number;
  direction: "inside" | "toward" | "away" | null;
}
