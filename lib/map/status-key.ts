// The status key of the cluster map: the map colours a city by the colour of its worst status,
// so the key lists, per colour, which statuses it stands for (derived from statusColor, never retyped).

import { STATUS_ORDER } from "@/lib/progress/rollup";
import { statusColor } from "@/lib/progress/status";
import type { ProgressStatus, StatusColor } from "@/lib/progress/types";

export interface MapKeyEntry {
  color: StatusColor;
  statuses: ProgressStatus[];
  /** grey also marks cities without any target */
  includesNoTarget: boolean;
}

const COLORS: StatusColor[] = ["green", "yellow", "red", "grey"];

export function mapStatusKey(): MapKeyEntry[] {
  return COLORS.map((color) => ({ color, statuses: STATUS_ORDER.filter((s) => statusColor(s) === color), includesNoTarget: color === "grey" }));
}
