// What the overview shows for its URL parameters, shared by the page and the routes that
// serve its map and matrix (app/(app)/progress/parts), so both always draw the same view.

const OVERVIEW_MAX_ROWS = 30;
const OVERVIEW_MAX_COLUMNS = 12;
export const MAP_FRAME = { width: 760, height: 520, padding: 36 };

export interface OverviewParams {
  asOf?: string;
  plan?: string;
  /** colour the map by this indicator */
  map?: string;
  /** "all": every region row of the matrix */
  rows?: string;
  /** "all": every target column of the matrix */
  cols?: string;
}

export function overviewOptions(sp: OverviewParams) {
  return {
    frame: MAP_FRAME,
    maxRows: sp.rows === "all" ? undefined : OVERVIEW_MAX_ROWS,
    maxColumns: sp.cols === "all" ? undefined : OVERVIEW_MAX_COLUMNS,
    mapIndicator: sp.map,
  };
}

/** The overview's own URL with these parameters (and `extra` on top); undefined values are left out. */
export function overviewHref(base: string, sp: OverviewParams, extra: OverviewParams = {}): string {
  const q = new URLSearchParams(Object.entries({ ...sp, ...extra }).filter((e): e is [string, string] => typeof e[1] === "string"));
  return q.size ? `${base}?${q}` : base;
}
