/**
 * Catalogue facts about a part, stored on the part's own stream (`part-<partId>`) beside
 * stock.PartRegistered. Stored contracts (ARCHITECTURE rule 5): never reshape, upcast.
 */
export const PART_CLASSES = ['rotable', 'repairable', 'consumable', 'expendable', 'standard-part', 'raw-material'] as const;
export type PartClass = (typeof PART_CLASSES)[number];

/** How each physical unit is identified: one stream per serial item, or per batch (or per receipt when `none`). */
export const PART_TRACKINGS = ['serial', 'batch', 'none'] as const;
export type PartTracking = (typeof PART_TRACKINGS)[number];

export const BARCODE_SCHEMES = ['gtin', 'internal'] as const;
export type BarcodeScheme = (typeof BARCODE_SCHEMES)[number];

export type PartClassified = {
  readonly type: 'stock.PartClassified';
  readonly data: {
    readonly partId: string;
    readonly partClass: PartClass;
    readonly tracking: PartTracking;
    readonly shelfLifeLimited: boolean;
    readonly lifeLimited: boolean;
    readonly classifiedAt: string;
  };
};

export type PartDescriptionRevised = {
  readonly type: 'stock.PartDescriptionRevised';
  readonly data: { readonly partId: string; readonly description: string; readonly revisedAt: string };
};

/** `partNumber` may be used in place of this part; `twoWay` when this part may also replace it. */
export type InterchangeablePartAdded = {
  readonly type: 'stock.InterchangeablePartAdded';
  readonly data: {
    readonly partId: string;
    readonly partNumber: string;
    readonly manufacturer?: string;
    readonly twoWay: boolean;
    /** Where the interchangeability is stated: IPC figure and item, service bulletin, vendor letter. */
    readonly reference: string;
    readonly addedAt: string;
  };
};

export type InterchangeablePartRemoved = {
  readonly type: 'stock.InterchangeablePartRemoved';
  readonly data: { readonly partId: string; readonly partNumber: string; readonly reason: string; readonly removedAt: string };
};

/** A GTIN is stored as GTIN-14 (what the scanner module yields); an internal code as written, trimmed. */
export type PartBarcodeAssigned = {
  readonly type: 'stock.PartBarcodeAssigned';
  readonly data: { readonly partId: string; readonly scheme: BarcodeScheme; readonly code: string; readonly assignedAt: string };
};

export type PartBarcodeWithdrawn = {
  readonly type: 'stock.PartBarcodeWithdrawn';
  readonly data: { readonly partId: string; readonly scheme: BarcodeScheme; readonly code: string; readonly withdrawnAt: string };
};

export type PartMinimumLevelSet = {
  readonly type: 'stock.PartMinimumLevelSet';
  readonly data: {
    readonly partId: string;
    readonly locationCode: string;
    readonly minimumLevel: number;
    readonly reorderQuantity: number;
    readonly unit: string;
    readonly setAt: string;
  };
};

export type PartMinimumLevelCleared = {
  readonly type: 'stock.PartMinimumLevelCleared';
  readonly data: { readonly partId: string; readonly locationCode: string; readonly clearedAt: string };
};

export type PartCatalogueEvent =
  | PartClassified
  | PartDescriptionRevised
  | InterchangeablePartAdded
  | InterchangeablePartRemoved
  | PartBarcodeAssigned
  | PartBarcodeWithdrawn
  | PartMinimumLevelSet
  | PartMinimumLevelCleared;

const catalogueEventTypes = {
  'stock.PartClassified': true,
  'stock.PartDescriptionRevised': true,
  'stock.InterchangeablePartAdded': true,
  'stock.InterchangeablePartRemoved': true,
  'stock.PartBarcodeAssigned': true,
  'stock.PartBarcodeWithdrawn': true,
  'stock.PartMinimumLevelSet': true,
  'stock.PartMinimumLevelCleared': true,
} satisfies Record<PartCatalogueEvent['type'], true>;

export const PART_CATALOGUE_EVENT_TYPES = Object.keys(catalogueEventTypes) as readonly PartCatalogueEvent['type'][];

export function isPartCatalogueEvent(event: { readonly type: string }): event is PartCatalogueEvent {
  return Object.hasOwn(catalogueEventTypes, event.type);
}
