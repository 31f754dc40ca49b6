import type { PartCatalogueCommand } from '../catalogue/commands';

export type RegisterPart = {
  readonly type: 'RegisterPart';
  readonly partId: string;
  readonly partNumber: string;
  readonly manufacturer?: string;
  readonly description: string;
  readonly unit: string;
  readonly at: string;
};

export type ReceivePart = {
  readonly type: 'ReceivePart';
  readonly partId: string;
  readonly locationCode: string;
  readonly quantity: number;
  readonly at: string;
};

export type IssuePart = {
  readonly type: 'IssuePart';
  readonly partId: string;
  readonly locationCode: string;
  readonly quantity: number;
  readonly workOrderRef: string;
  readonly at: string;
};

export type AdjustStock = {
  readonly type: 'AdjustStock';
  readonly partId: string;
  readonly locationCode: string;
  readonly quantityDelta: number;
  readonly reason: string;
  readonly at: string;
};

export type PartCommand = RegisterPart | ReceivePart | IssuePart | AdjustStock;

/** Every command the part aggregate decides: movements above, catalogue maintenance in ../catalogue. */
export type PartAggregateCommand = PartCommand | PartCatalogueCommand;
