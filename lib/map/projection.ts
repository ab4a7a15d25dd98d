// Places regions on a schematic map: a Mercator projection fitted to the points
// themselves (no boundary data is needed or drawn). d3-geo does the fitting.

import { geoMercator } from "d3-geo";

export interface LonLat {
  lon: number;
  lat: number;
}

export interface Frame {
  width: number;
  height: number;
  /** Space kept free on every side, in px, for circles and labels. */
  padding: number;
}

/**
 * A function from lon/lat to SVG x/y, fitted so that every given point lies inside the
 * frame minus its padding. With one point (or none) the projection is centred on it at
 * a fixed scale, since there is no extent to fit.
 */
export function fitPoints(points: readonly LonLat[], frame: Frame): (p: LonLat) => [number, number] {
  const projection = geoMercator();
  const { width, height, padding } = frame;
  if (points.length >= 2) {
    projection.fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: "MultiPoint", coordinates: points.map((p) => [p.lon, p.lat]) },
    );
  } else {
    const c = points[0] ?? { lon: 105.5, lat: 30 };
    projection
      .center([c.lon, c.lat])
      .translate([width / 2, height / 2])
      .scale(2000);
  }
  return (p) => {
    const xy = projection([p.lon, p.lat]) ?? [NaN, NaN];
    return [round1(xy[0]), round1(xy[1])];
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Circle radius for a population on a square-root scale (area ∝ population), between
 * `min` and `max` px; `fallback` when the population is unknown or not positive.
 */
export function radiusFor(population: number | null, maxPopulation: number, r: { min: number; max: number; fallback: number }): number {
  if (population === null || !(population > 0) || !(maxPopulation > 0)) return r.fallback;
  const share = Math.min(1, population / maxPopulation);
  return round1(r.min + (r.max - r.min) * Math.sqrt(share));
}

/** SVG path of a five-pointed star centred on (cx, cy), outer radius r, point up. */
export function starPath(cx: number, cy: number, r: number): string {
  const inner = r * 0.45;
  const parts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    parts.push(`${i === 0 ? "M" : "L"}${round1(cx + radius * Math.cos(angle))},${round1(cy + radius * Math.sin(angle))}`);
  }
  return `${parts.join("")}Z`;
}
