// Whether the database is reachable, as the app last saw it, and the transitions worth
// one log line each: up → down (the first failure of an outage), down → up (with how
// long it lasted). Every failing request of an outage reports it; only the first one
// changes the state, so an outage logs two lines, not one per request. Pure: the clock
// is passed in.

export type OutageEvent = { kind: "down"; at: number } | { kind: "up"; at: number; downMs: number; failures: number };

export class OutageTracker {
  private downSince: number | null = null;
  private failures = 0;

  get isDown(): boolean {
    return this.downSince !== null;
  }

  /** A request failed because the database was unreachable. Returns the event to log, if any. */
  failed(now: number): OutageEvent | null {
    this.failures++;
    if (this.downSince !== null) return null;
    this.downSince = now;
    this.failures = 1;
    return { kind: "down", at: now };
  }

  /** The database answered (a connection opened, a query succeeded). */
  succeeded(now: number): OutageEvent | null {
    if (this.downSince === null) return null;
    const event: OutageEvent = { kind: "up", at: now, downMs: now - this.downSince, failures: this.failures };
    this.downSince = null;
    this.failures = 0;
    return event;
  }
}
