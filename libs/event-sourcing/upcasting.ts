import type { DomainEvent, EventEnvelope } from './envelope';

/** Lifts one stored shape to the next schemaVersion (ARCHITECTURE rule 5); stored events are never rewritten. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: any) => unknown;
}

export class UpcasterRegistry {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) this.register(upcaster);
  }

  register(upcaster: Upcaster): void {
    const versions = this.byType.get(upcaster.type) ?? new Map<number, Upcaster>();
    if (versions.has(upcaster.fromVersion)) {
      throw new Error(`two upcasters for ${upcaster.type} v${upcaster.fromVersion}`);
    }
    versions.set(upcaster.fromVersion, upcaster);
    this.byType.set(upcaster.type, versions);
  }

  /** The schemaVersion new events of this type are written with. */
  currentVersion(type: string): number {
    const versions = this.byType.get(type);
    return versions ? Math.max(...versions.keys()) + 1 : 1;
  }

  upcast<T extends Pick<EventEnvelope, 'type' | 'schemaVersion' | 'data'>>(event: T): T {
    const versions = this.byType.get(event.type);
    if (!versions) return event;
    let { schemaVersion, data } = event;
    for (let step = versions.get(schemaVersion); step; step = versions.get(schemaVersion)) {
      data = step.upcast(data);
      schemaVersion += 1;
    }
    return { ...event, schemaVersion, data };
  }

  toDomainEvent<E extends DomainEvent>(event: EventEnvelope): E {
    const { type, data } = this.upcast(event);
    return { type, data } as E;
  }
}
