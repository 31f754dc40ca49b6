import { Inject, Injectable } from '@nestjs/common';
import { DependencyUnavailable, type EventStore } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, APP_CONFIG, EVENT_STORE, POSITION_WAITER, type AppConfig, type PositionWaiterPort } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { ManufacturerDocumentLookup } from './commands/document-sender/manufacturer-document.lookup';
import type { AircraftIdentity } from './domain/manufacturer-document/airworthiness-directive';
import { checkRevision, type RevisionCheck } from './domain/manufacturer-document/current-revision';
import { overdueDirectivesProjection } from './queries/overdue-directives/overdue-directives.projection';
import { overdueDirectives } from './queries/overdue-directives/overdue-directives.query';

export type { AircraftIdentity } from './domain/manufacturer-document/airworthiness-directive';
export type { RevisionCheck } from './domain/manufacturer-document/current-revision';
export { documentRules } from './domain/manufacturer-document/document-rules';

/**
 * What the work-order handlers ask the maintenance data library (DOMAIN rules 8 and 12), with dates as
 * Europe/Paris `YYYY-MM-DD`. Provided and exported by DocumentsModule.
 */
@Injectable()
export class MaintenanceDataLookup {
  constructor(
    private readonly documents: ManufacturerDocumentLookup,
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(POSITION_WAITER) private readonly waiter: PositionWaiterPort,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'consistencyWaitMs'>,
  ) {}

  /** Is `revision` of the document named `reference` the one in force on `on`? Folded from the document's stream. */
  async revisionCheck(reference: string, revision: number | string, on: string): Promise<RevisionCheck> {
    const document = await this.documents.byReference(reference);
    return checkRevision(document?.revisions, revision, on);
  }

  /**
   * References of the ADs overdue on the aircraft on `on`. Read from the directives read model, once it
   * has caught up with everything recorded before the call, so an AD registered a moment ago counts.
   */
  async overdueDirectives(aircraft: AircraftIdentity, on: string): Promise<string[]> {
    const head = await this.store.headPosition();
    try {
      await this.waiter.waitForPosition([overdueDirectivesProjection.name], head, this.config.consistencyWaitMs);
    } catch (error) {
      if (error instanceof DependencyUnavailable) throw error;
      throw new DependencyUnavailable('production-directives projection', `the airworthiness directives are not up to date: ${(error as Error).message}`);
    }
    return (await overdueDirectives(this.readModels, aircraft, on)).map((directive) => directive.reference);
  }
}
