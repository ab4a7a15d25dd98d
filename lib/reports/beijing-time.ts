// The builder's datetime-local input speaks Beijing time (UTC+8, no daylight saving),
// whatever the browser's own zone: analysts think of "data as of 3 March, 10:00" in
// the time their statistics bureau publishes in.

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2025-03-01T10:00" (Beijing) → "2025-03-01T02:00:00.000Z"; null when not a valid moment. */
export function beijingLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const d = new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "2025-03-01T02:00:05.000Z" → "2025-03-01T10:00:05" (Beijing), for a datetime-local input with seconds. */
export function isoToBeijingLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(0, 19);
}
