import type { BarcodeScheme, PartClass, PartTracking } from './events';

/** Catalogue commands run on the part aggregate (`partDecider`), on the part's stream. */
export type ClassifyPart = {
  readonly type: 'ClassifyPart';
  readonly partId: string;
  readonly partClass: PartClass;
  readonly tracking: PartTracking;
  readonly shelfLifeLimited: boolean;
  readonly lifeLimited: boolean;
  readonly at: string;
};

export type RevisePartDescription = {
  readonly type: 'RevisePartDescription';
  readonly partId: string;
  readonly description: string;
  readonly at: string;
};

export type AddInterchangeablePart = {
  readonly type: 'AddInterchangeablePart';
  readonly partId: string;
  readonly partNumber: string;
  readonly manufacturer?: string;
  readonly twoWay: boolean;
  readonly reference: string;
  readonly at: string;
};

export type RemoveInterchangeablePart = {
  readonly type: 'RemoveInterchangeablePart';
  readonly partId: string;
  readonly partNumber: string;
  readonly reason: string;
  readonly at: string;
};

export type AssignPartBarcode = {
  readonly type: 'AssignPartBarcode';
  readonly partId: string;
  readonly scheme: BarcodeScheme;
  readonly code: string;
  /** Looked up by the handler in the barcode read model: the part that already carries this code, if any. */
  readonly assignedToPartId?: string;
  readonly at: string;
};

export type WithdrawPartBarcode = {
  readonly type: 'WithdrawPartBarcode';
  readonly partId: string;
  readonly scheme: BarcodeScheme;
  readonly code: string;
  readonly at: string;
};

export type SetPartMinimumLevel = {
  readonly type: 'SetPartMinimumLevel';
  readonly partId: string;
  readonly locationCode: string;
  readonly minimumLevel: number;
  readonly reorderQuantity: number;
  readonly at: string;
};

export type ClearPartMinimumLevel = {
  readonly type: 'ClearPartMinimumLevel';
  readonly partId: string;
  readonly locationCode: string;
  readonly at: string;
};

export type PartCatalogueCommand =
  | ClassifyPart
  | RevisePartDescription
  | AddInterchangeablePart
  | RemoveInterchangeablePart
  | AssignPartBarcode
  | WithdrawPartBarcode
  | SetPartMinimumLevel
  | ClearPartMinimumLevel;

const catalogueCommandTypes = {
  ClassifyPart: true,
  RevisePartDescription: true,
  AddInterchangeablePart: true,
  RemoveInterchangeablePart: true,
  AssignPartBarcode: true,
  WithdrawPartBarcode: true,
  SetPartMinimumLevel: true,
  ClearPartMinimumLevel: true,
} satisfies Record<PartCatalogueCommand['type'], true>;

export function isPartCatalogueCommand(command: { readonly type: string }): command is PartCatalogueCommand {
  return Object.hasOwn(catalogueCommandTypes, command.type);
}
