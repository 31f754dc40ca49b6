import type { EventEnvelope } from '@repaero/event-sourcing';

/**
 * The tail of the global log as this process committed it, so in-process subscribers (every projection
 * and reactor of the API) read new events without a query and a JSON parse each. It only ever holds a
 * gap-free run of positions: when another process wrote in between, the run starts afresh, and any
 * read it cannot answer whole goes to the database.
 */
export class RecentLog {
  private events: EventEnvelope[] = [];

  constructor(private readonly capacity: number) {}

  add(committed: readonly EventEnvelope[]): void {
    for (const event of committed) {
      const last = this.events[this.events.length - 1];
      if (last && event.globalPosition !== last.globalPosition + 1) this.events = [];
      this.events.push(event);
    }
    if (this.events.length > this.capacity) this.events = this.events.slice(this.events.length - Math.floor(this.capacity / 2));
  }

  /** Events strictly after `after`, or undefined when this window cannot answer (the database must). */
  after(after: number, maxCount: number): EventEnvelope[] | undefined {
    const first = this.events[0]?.globalPosition;
    if (first === undefined || after + 1 < first) return undefined;
    const start = after + 1 - first;
    if (start >= this.events.length) return undefined;
    return this.events.slice(start, start + maxCount);
  }
}
