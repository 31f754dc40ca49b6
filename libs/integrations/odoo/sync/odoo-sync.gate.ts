import { DependencyUnavailable, type Clock } from '@repaero/event-sourcing';
import { OdooError } from '../odoo.port';

export interface OdooHalt {
  readonly reason: 'authentication failed' | 'configuration error';
  readonly message: string;
  readonly since: string;
}

/**
 * Stops every Odoo reactor at once when Odoo refuses the key (401) or the call itself (404, 403):
 * retrying each event would only repeat the refusal. While stopped, reactions fail as a dependency
 * outage (the checkpoint stays, nothing is parked), and one real call per probe interval checks
 * whether a human fixed it.
 */
export class OdooSyncGate {
  private haltedBy: OdooHalt | undefined;
  private nextProbeAt = 0;

  constructor(
    private readonly clock: Clock,
    private readonly probeEveryMs: number,
    private readonly onChange: (halt: OdooHalt | undefined) => void,
  ) {}

  get halt(): OdooHalt | undefined {
    return this.haltedBy;
  }

  /** Throws while stopped, except for the one reaction per interval that probes Odoo. */
  enter(): void {
    if (!this.haltedBy) return;
    const now = this.clock.now().getTime();
    if (now >= this.nextProbeAt) {
      this.nextProbeAt = now + this.probeEveryMs;
      return;
    }
    throw this.outage(this.haltedBy);
  }

  succeeded(): void {
    if (!this.haltedBy) return;
    this.haltedBy = undefined;
    this.onChange(undefined);
  }

  /** What a reaction's error becomes: an outage to retry, or the error itself to park the event. */
  translate(error: unknown): unknown {
    if (!(error instanceof OdooError)) return error;
    switch (error.kind) {
      case 'transient':
        return new DependencyUnavailable('odoo', error.message, 5);
      case 'authentication':
      case 'forbidden':
      case 'configuration': {
        const reason = error.kind === 'authentication' ? 'authentication failed' : 'configuration error';
        const fresh = this.haltedBy?.reason !== reason;
        this.haltedBy = { reason, message: error.message, since: fresh ? this.clock.now().toISOString() : (this.haltedBy?.since ?? '') };
        this.nextProbeAt = this.clock.now().getTime() + this.probeEveryMs;
        if (fresh) this.onChange(this.haltedBy);
        return this.outage(this.haltedBy);
      }
      case 'validation':
      case 'unexpected':
        return error;
      default: {
        const unknown: never = error.kind;
        return unknown;
      }
    }
  }

  private outage(halt: OdooHalt): DependencyUnavailable {
    return new DependencyUnavailable('odoo', `Odoo sync stopped (${halt.reason}): ${halt.message}`, Math.ceil(this.probeEveryMs / 1000));
  }
}
