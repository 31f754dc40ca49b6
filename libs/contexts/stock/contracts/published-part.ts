import { loadStream, type EventEnvelope, type PipelineDependencies } from '@repaero/event-sourcing';
import type { PartCatalogueEvent } from '../domain/catalogue/events';
import type { PartEvent } from '../domain/part/events';
import { PART_CATEGORY, partStreamId } from '../domain/part/part-stream';
import { partDecider } from '../domain/part/part.decider';

/** A part as the stock context publishes it to other systems (the Odoo sync): its current state, not its history. */
export interface PublishedPart {
  readonly partId: string;
  readonly partNumber: string;
  readonly manufacturer?: string;
  readonly description: string;
  readonly unit: string;
  /** Absent until classified. */
  readonly tracking?: 'serial' | 'batch' | 'none';
  /** In assignment order; GTINs as GTIN-14. */
  readonly barcodes: readonly { readonly scheme: 'gtin' | 'internal'; readonly code: string }[];
  /** Quantity on hand per location code, locations at zero included once they held stock. */
  readonly onHand: Readonly<Record<string, number>>;
}

/** Events that change what a published part says about the part itself. */
export const PART_DESCRIPTION_EVENT_TYPES = [
  'stock.PartRegistered',
  'stock.PartDescriptionRevised',
  'stock.PartClassified',
  'stock.PartBarcodeAssigned',
  'stock.PartBarcodeWithdrawn',
] as const satisfies readonly (PartEvent | PartCatalogueEvent)['type'][];

/** Events that change a published part's quantities on hand. */
export const PART_QUANTITY_EVENT_TYPES = ['stock.PartReceived', 'stock.PartIssued', 'stock.StockAdjusted'] as const satisfies readonly PartEvent['type'][];

/** The part a recorded part event is about, or undefined for any other event. */
export function publishedPartIdOf(event: Pick<EventEnvelope, 'streamId'>): string | undefined {
  const prefix = `${PART_CATEGORY}-`;
  return event.streamId.startsWith(prefix) ? event.streamId.slice(prefix.length) : undefined;
}

/** The location a quantity event moved stock at. */
export function movedLocationOf(event: Pick<EventEnvelope, 'type' | 'data'>): string | undefined {
  if (!(PART_QUANTITY_EVENT_TYPES as readonly string[]).includes(event.type)) return undefined;
  return (event.data as { locationCode?: string }).locationCode;
}

/** Folds the part's stream as it stands now; undefined when no such part was registered. */
export async function loadPublishedPart(deps: Pick<PipelineDependencies, 'store' | 'upcasters'>, partId: string): Promise<PublishedPart | undefined> {
  const { state } = await loadStream(deps, partDecider, partStreamId(partId));
  if (state.status !== 'registered') return undefined;
  return {
    partId: state.partId,
    partNumber: state.partNumber,
    ...(state.manufacturer !== undefined && { manufacturer: state.manufacturer }),
    description: state.description,
    unit: state.unit,
    ...(state.catalogue.classification && { tracking: state.catalogue.classification.tracking }),
    barcodes: state.catalogue.barcodes.map(({ scheme, code }) => ({ scheme, code })),
    onHand: { ...state.onHand },
  };
}
