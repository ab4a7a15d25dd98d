// Result shapes of the target kinds (kinds.ts, cumulative.ts, evaluate-rate.ts).

import type { TargetKind } from "./types";

/** Pace of a cumulative target: what the years so far give, and what the rest need. */
export interface CumulativeLens {
  /** Running sum / number of years summed. */
  averagePerYear: number;
  /** (S − sum) / (T − t): the annual value the remaining years need; null once t ≥ T. */
  requiredPerYear: number | null;
  /** sum + averagePerYear · (T − t): the sum at T if the average holds. */
  projectedAtTarget: number;
}

/**
 * How the target's kind was read (kinds.ts). The schedule check and the final
 * evaluation always run on a level: `levelTarget` is that level.
 */
export interface KindReading {
  kind: TargetKind;
  /** growth_rate: r, reduction: x, in percent; null for level and cumulative. */
  rate: number | null;
  /**
   * The level the schedule check compares with: level → v_T; growth_rate →
   * v_b·(1+r)^(T−b); reduction → v_b·(1−x); cumulative → the target sum S. Null when it
   * cannot be derived (growth or reduction without a positive baseline value).
   */
  levelTarget: number | null;
  /**
   * growth_rate: realized average annual growth (percent) from b to `realizedYear`;
   * reduction: realized fall (percent) from b to `realizedYear`. Null otherwise or when
   * undefined (no baseline, no later figure, a negative value).
   */
  realizedRate: number | null;
  /** The year the realized rate runs to: the basis year. */
  realizedYear: number | null;
  /** cumulative only. */
  cumulative: CumulativeReading | null;
}

/** The running sum of a cumulative target (cumulative.ts). */
export interface CumulativeReading {
  /** b: the sum runs over b+1 … through. */
  from: number;
  /** The last year summed (latest year with data in b+1 … T); null when none. */
  through: number | null;
  /** Null when a year inside b+1 … through (or b+1 … T once T has passed) is missing. */
  sum: number | null;
  /** Years summed, ascending. */
  years: number[];
  /** Years without data inside the period covered: never guessed, never summed. */
  missingYears: number[];
}
