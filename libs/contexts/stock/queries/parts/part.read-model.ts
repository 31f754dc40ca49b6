import { defineReadModel } from '@repaero/read-store';

export interface PartRow {
  partId: string;
  partNumber: string;
  /** Normalised part number, for matching what a person or a scanner typed. */
  partNumberKey: string;
  manufacturer: string | null;
  description: string;
  unit: string;
  registeredAt: string;
}

export const partReadModel = defineReadModel<PartRow>({
  name: 'stock_part',
  columns: {
    partId: { type: 'string', length: 36 },
    partNumber: { type: 'string', length: 40 },
    partNumberKey: { type: 'string', length: 40 },
    manufacturer: { type: 'string', length: 5, nullable: true },
    description: { type: 'string', length: 200 },
    unit: { type: 'string', length: 6 },
    registeredAt: { type: 'string', length: 30 },
  },
  primaryKey: ['partId'],
  indices: [{ columns: ['partNumberKey'] }],
});
