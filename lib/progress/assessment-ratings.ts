// Labels and colours of the analysts' goal ratings (良好 / 基本符合 / 滞后 / 严重滞后).

import type { StatusColor } from "./types";
import type { Bilingual } from "./result-types";

export type Rating = "good" | "basically_on_track" | "lagging" | "seriously_lagging";

export const RATING_LABELS: Readonly<Record<Rating, Bilingual>> = {
  good: { zh: "良好", en: "Good" },
  basically_on_track: { zh: "基本符合", en: "Basically on track" },
  lagging: { zh: "滞后", en: "Lagging" },
  seriously_lagging: { zh: "严重滞后", en: "Seriously lagging" },
};

/** Same traffic lights as target statuses: both "good" ratings green, lagging yellow, seriously lagging red. */
export function ratingColor(rating: Rating): StatusColor {
  switch (rating) {
    case "good":
    case "basically_on_track":
      return "green";
    case "lagging":
      return "yellow";
    case "seriously_lagging":
      return "red";
  }
}
