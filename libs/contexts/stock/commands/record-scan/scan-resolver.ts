import { Inject, Injectable } from '@nestjs/common';
import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { scanRules } from '../../domain/scan-log/scan-rules';
import type { ScanFields } from '../../domain/scanning/scan-input';
import { itemLocationReadModel } from '../../queries/items/item-location.read-model';
import { itemReadModel, type ItemRow } from '../../queries/items/item.read-model';
import { partBarcodeReadModel } from '../../queries/part-barcodes/part-barcode.read-model';
import { partReadModel, type PartRow } from '../../queries/parts/part.read-model';
import { stockFinders, type ItemIdentifier } from '../../queries/stock-finders';

export type ScannedItem = Omit<ItemRow, 'state'> & { readonly locations: readonly string[] };

export interface ScanResolved {
  readonly part: PartRow | null;
  readonly item: ScannedItem | null;
  readonly locationCode: string | null;
  readonly batchNumber: string | null;
  readonly expiresOn: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCATION_CODE = /^[A-Z0-9][A-Z0-9\-_.]{0,31}$/;

const ambiguous = (message: string, details: Record<string, unknown>) => new BusinessRuleViolation(scanRules.ambiguous, message, details);

/**
 * What a parsed scan names in the stock records: our own labels carry the item id (TEI UCN, GS1 (91));
 * maker labels a GTIN or a PNR, with a SER or batch naming the item. An item not found is no error
 * (it may be arriving); a part not found, or two candidates where one is needed, is.
 */
@Injectable()
export class ScanResolver {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  async resolve(fields: ScanFields): Promise<ScanResolved> {
    const stockId = fields.ucn ?? fields.companyInternal;
    if (stockId !== undefined) return this.answer(await this.itemWithStockId(stockId), fields);
    if (fields.value !== undefined) return this.plain(fields.value);
    const part = await this.partOf(fields);
    const named = fields.ser !== undefined || fields.lot !== undefined;
    const item = named ? await this.itemIdentifiedBy({ serialNumber: fields.ser, batchNumber: fields.lot, partId: part?.partId }) : undefined;
    if (part || item) return this.answer(item, fields, part);
    const what = fields.ser !== undefined ? `serial ${fields.ser}` : fields.lot !== undefined ? `batch ${fields.lot}` : 'it';
    throw new BusinessRuleViolation(scanRules.unknownPart, `the scan names no part, and ${what} is in no stock record`, { fields });
  }

  private async answer(item: ItemRow | undefined, fields: ScanFields, part?: PartRow): Promise<ScanResolved> {
    const locations = item ? await this.readModels.read(itemLocationReadModel, (rows) => rows.find(stockFinders.locationsOf(item.itemId))) : [];
    return {
      part: part ?? (item ? await this.partWithId(item.partId) : null),
      item: item ? { ...summaryOf(item), locations: locations.map((row) => row.locationCode) } : null,
      locationCode: locations.length === 1 ? locations[0].locationCode : null,
      batchNumber: fields.lot ?? item?.batchNumber ?? null,
      expiresOn: fields.expiry ?? item?.expiresOn ?? null,
    };
  }

  private async itemWithStockId(stockId: string): Promise<ItemRow> {
    const itemId = stockId.toLowerCase();
    const item = UUID.test(itemId) ? await this.readModels.read(itemReadModel, (rows) => rows.findOneBy({ itemId })) : null;
    if (!item) throw new BusinessRuleViolation(scanRules.unresolved, `stock id ${stockId} is not in the stock records`, { stockId });
    return item;
  }

  private async itemIdentifiedBy(identifier: ItemIdentifier): Promise<ItemRow | undefined> {
    const items = await this.readModels.read(itemReadModel, (rows) => rows.find(stockFinders.itemsIdentifiedBy(identifier)));
    if (items.length > 1) {
      throw ambiguous(`${items.length} items carry ${identifier.serialNumber ?? identifier.batchNumber}: scan the part number too, or the stock label`, {
        itemIds: items.map((item) => item.itemId),
      });
    }
    return items[0];
  }

  private async partOf(fields: ScanFields): Promise<PartRow | undefined> {
    if (fields.gtin !== undefined) {
      const gtin = fields.gtin;
      const [barcode] = await this.readModels.read(partBarcodeReadModel, (rows) => rows.find(stockFinders.barcode('gtin', gtin)));
      if (!barcode) throw new BusinessRuleViolation(scanRules.unknownPart, `GTIN ${gtin} is not assigned to any part in the catalogue`, { gtin });
      return (await this.partWithId(barcode.partId)) ?? undefined;
    }
    const partNumber = fields.pnr ?? fields.additionalId;
    if (partNumber === undefined) return undefined;
    const parts = byManufacturer(
      await this.readModels.read(partReadModel, (rows) => rows.find(stockFinders.partsNumbered(partNumber))),
      fields.mfr,
    );
    if (parts.length === 0) {
      const details = { partNumber, manufacturer: fields.mfr };
      throw new BusinessRuleViolation(scanRules.unknownPart, `part number ${partNumber} is not in the catalogue`, details);
    }
    if (parts.length > 1) throw ambiguous(`part number ${partNumber} belongs to several manufacturers: scan the MFR too`, { partNumber });
    return parts[0];
  }

  private partWithId(partId: string): Promise<PartRow | null> {
    return this.readModels.read(partReadModel, (rows) => rows.findOneBy({ partId }));
  }

  /** A bare Code 128 value: a stock id, a serial, an internal barcode, a part number, or else a bin label. */
  private async plain(value: string): Promise<ScanResolved> {
    const items = await this.readModels.read(itemReadModel, (rows) =>
      UUID.test(value) ? rows.findBy({ itemId: value.toLowerCase() }) : rows.find(stockFinders.itemsIdentifiedBy({ serialNumber: value })),
    );
    const [barcode] = await this.readModels.read(partBarcodeReadModel, (rows) => rows.find(stockFinders.barcode('internal', value)));
    const numbered = await this.readModels.read(partReadModel, (rows) => rows.find(stockFinders.partsNumbered(value)));
    const partIds = new Set([...(barcode ? [barcode.partId] : []), ...numbered.map((part) => part.partId)]);
    if (items.length + partIds.size > 1) throw ambiguous(`"${value}" matches several stock records: scan a structured label instead`, { value });
    if (items.length === 1) return this.answer(items[0], {});
    const [partId] = partIds;
    if (partId !== undefined) return this.answer(undefined, {}, (await this.partWithId(partId)) ?? undefined);
    if (LOCATION_CODE.test(value)) return { part: null, item: null, locationCode: value, batchNumber: null, expiresOn: null };
    throw new BusinessRuleViolation(scanRules.unresolved, `"${value}" is no stock id, serial, barcode, part number or location code`, { value });
  }
}

/** A scanned MFR keeps the parts of that maker, or failing them those registered without one; another maker's part is not this one. */
function byManufacturer(parts: readonly PartRow[], manufacturer: string | undefined): PartRow[] {
  if (manufacturer === undefined) return [...parts];
  const same = parts.filter((part) => part.manufacturer === manufacturer);
  return same.length > 0 ? same : parts.filter((part) => part.manufacturer === null);
}

function summaryOf(item: ItemRow): Omit<ItemRow, 'state'> {
  const { state: _state, ...summary } = item;
  return summary;
}
