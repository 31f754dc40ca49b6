import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { normalisePartNumber } from '../part/part-number';
import { gtinCheckDigit } from '../scanning/gtin';
import { requirePositiveQuantity, requireQuantityPrecision, requireReason, stockRules } from '../stock-rules';
import type { PartCatalogueCommand } from './commands';
import type { BarcodeScheme, PartCatalogueEvent, PartClass, PartTracking } from './events';

export interface PartClassification {
  readonly partClass: PartClass;
  readonly tracking: PartTracking;
  readonly shelfLifeLimited: boolean;
  readonly lifeLimited: boolean;
}

export interface InterchangeablePart {
  readonly partNumber: string;
  readonly manufacturer?: string;
  readonly twoWay: boolean;
  readonly reference: string;
}

export interface PartBarcode {
  readonly scheme: BarcodeScheme;
  readonly code: string;
}

export interface MinimumLevel {
  readonly minimumLevel: number;
  readonly reorderQuantity: number;
}

export interface PartCatalogue {
  /** Absent until the part is classified; items cannot be received before (`stock.part-not-classified`). */
  readonly classification?: PartClassification;
  readonly interchangeables: readonly InterchangeablePart[];
  readonly barcodes: readonly PartBarcode[];
  readonly minimumLevels: Readonly<Record<string, MinimumLevel>>;
}

export const emptyPartCatalogue: PartCatalogue = { interchangeables: [], barcodes: [], minimumLevels: {} };

/** The registered part as the catalogue half of the part decider sees it. */
export interface CataloguedPart {
  readonly partId: string;
  readonly partNumber: string;
  readonly unit: string;
  readonly description: string;
  readonly catalogue: PartCatalogue;
}

/** The catalogue half of `partDecider`: same stream, same state, its own commands and events. */
export function decidePartCatalogue(command: PartCatalogueCommand, part: CataloguedPart): PartCatalogueEvent[] {
  const { partId, catalogue } = part;
  switch (command.type) {
    case 'ClassifyPart': {
      const { partClass, tracking, shelfLifeLimited, lifeLimited } = command;
      // TSN/CSN are kept per individual part (DOMAIN rule 5), and a rotable is a serialised component by definition.
      if (tracking !== 'serial' && (lifeLimited || partClass === 'rotable')) {
        throw new BusinessRuleViolation(
          stockRules.serialTrackingRequired,
          `a ${lifeLimited ? 'life-limited part' : partClass} must be tracked by serial number`,
          { partClass, lifeLimited, tracking },
        );
      }
      const current = catalogue.classification;
      if (
        current?.partClass === partClass &&
        current.tracking === tracking &&
        current.shelfLifeLimited === shelfLifeLimited &&
        current.lifeLimited === lifeLimited
      ) {
        return [];
      }
      return [{ type: 'stock.PartClassified', data: { partId, partClass, tracking, shelfLifeLimited, lifeLimited, classifiedAt: command.at } }];
    }
    case 'RevisePartDescription': {
      const description = command.description.trim();
      if (!description) throw new BusinessRuleViolation(stockRules.descriptionRequired, 'a part needs a description');
      if (description === part.description) return [];
      return [{ type: 'stock.PartDescriptionRevised', data: { partId, description, revisedAt: command.at } }];
    }
    case 'AddInterchangeablePart': {
      const partNumber = command.partNumber.trim();
      if (!partNumber) throw new BusinessRuleViolation(stockRules.partNumberRequired, 'an interchangeable part needs a part number');
      if (normalisePartNumber(partNumber) === normalisePartNumber(part.partNumber)) {
        throw new BusinessRuleViolation(stockRules.interchangeableWithItself, `${partNumber} is this part's own number`, { partNumber });
      }
      const reference = command.reference.trim();
      if (!reference) {
        throw new BusinessRuleViolation(
          stockRules.interchangeabilityReferenceRequired,
          'interchangeability must cite its source (IPC, service bulletin, vendor letter)',
          { partNumber },
        );
      }
      const manufacturer = command.manufacturer?.trim() || undefined;
      const known = findInterchangeable(catalogue, partNumber);
      if (known && known.twoWay === command.twoWay && known.reference === reference && known.manufacturer === manufacturer) return [];
      return [
        {
          type: 'stock.InterchangeablePartAdded',
          data: { partId, partNumber, manufacturer, twoWay: command.twoWay, reference, addedAt: command.at },
        },
      ];
    }
    case 'RemoveInterchangeablePart': {
      const known = findInterchangeable(catalogue, command.partNumber);
      if (!known) return [];
      const reason = requireReason(command.reason, 'removing an interchangeable part');
      return [{ type: 'stock.InterchangeablePartRemoved', data: { partId, partNumber: known.partNumber, reason, removedAt: command.at } }];
    }
    case 'AssignPartBarcode': {
      const code = barcodeCode(command.scheme, command.code);
      if (command.assignedToPartId !== undefined && command.assignedToPartId !== partId) {
        throw new BusinessRuleViolation(stockRules.barcodeAssignedToAnotherPart, `${command.scheme} ${code} already identifies another part`, {
          scheme: command.scheme,
          code,
          assignedToPartId: command.assignedToPartId,
        });
      }
      if (catalogue.barcodes.some((barcode) => barcode.scheme === command.scheme && barcode.code === code)) return [];
      return [{ type: 'stock.PartBarcodeAssigned', data: { partId, scheme: command.scheme, code, assignedAt: command.at } }];
    }
    case 'WithdrawPartBarcode': {
      const code = command.scheme === 'gtin' ? command.code.trim().padStart(14, '0') : command.code.trim();
      if (!catalogue.barcodes.some((barcode) => barcode.scheme === command.scheme && barcode.code === code)) return [];
      return [{ type: 'stock.PartBarcodeWithdrawn', data: { partId, scheme: command.scheme, code, withdrawnAt: command.at } }];
    }
    case 'SetPartMinimumLevel': {
      const { locationCode, minimumLevel, reorderQuantity } = command;
      if (minimumLevel < 0) {
        throw new BusinessRuleViolation(stockRules.minimumLevelNegative, 'a minimum level cannot be negative', { locationCode, minimumLevel });
      }
      requireQuantityPrecision(minimumLevel);
      requirePositiveQuantity(reorderQuantity);
      const current = catalogue.minimumLevels[locationCode];
      if (current?.minimumLevel === minimumLevel && current.reorderQuantity === reorderQuantity) return [];
      return [
        { type: 'stock.PartMinimumLevelSet', data: { partId, locationCode, minimumLevel, reorderQuantity, unit: part.unit, setAt: command.at } },
      ];
    }
    case 'ClearPartMinimumLevel':
      if (!catalogue.minimumLevels[command.locationCode]) return [];
      return [{ type: 'stock.PartMinimumLevelCleared', data: { partId, locationCode: command.locationCode, clearedAt: command.at } }];
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${(unhandled as PartCatalogueCommand).type}`);
    }
  }
}

export function evolvePartCatalogue<P extends CataloguedPart>(part: P, event: PartCatalogueEvent): P {
  const catalogue = part.catalogue;
  const withCatalogue = (next: Partial<PartCatalogue>): P => ({ ...part, catalogue: { ...catalogue, ...next } });
  switch (event.type) {
    case 'stock.PartClassified': {
      const { partClass, tracking, shelfLifeLimited, lifeLimited } = event.data;
      return withCatalogue({ classification: { partClass, tracking, shelfLifeLimited, lifeLimited } });
    }
    case 'stock.PartDescriptionRevised':
      return { ...part, description: event.data.description };
    case 'stock.InterchangeablePartAdded': {
      const { partNumber, manufacturer, twoWay, reference } = event.data;
      return withCatalogue({ interchangeables: [...withoutInterchangeable(catalogue, partNumber), { partNumber, manufacturer, twoWay, reference }] });
    }
    case 'stock.InterchangeablePartRemoved':
      return withCatalogue({ interchangeables: withoutInterchangeable(catalogue, event.data.partNumber) });
    case 'stock.PartBarcodeAssigned':
      return withCatalogue({ barcodes: [...catalogue.barcodes, { scheme: event.data.scheme, code: event.data.code }] });
    case 'stock.PartBarcodeWithdrawn':
      return withCatalogue({
        barcodes: catalogue.barcodes.filter((barcode) => !(barcode.scheme === event.data.scheme && barcode.code === event.data.code)),
      });
    case 'stock.PartMinimumLevelSet': {
      const { locationCode, minimumLevel, reorderQuantity } = event.data;
      return withCatalogue({ minimumLevels: { ...catalogue.minimumLevels, [locationCode]: { minimumLevel, reorderQuantity } } });
    }
    case 'stock.PartMinimumLevelCleared': {
      const { [event.data.locationCode]: _cleared, ...minimumLevels } = catalogue.minimumLevels;
      return withCatalogue({ minimumLevels });
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function findInterchangeable(catalogue: PartCatalogue, partNumber: string): InterchangeablePart | undefined {
  const key = normalisePartNumber(partNumber);
  return catalogue.interchangeables.find((known) => normalisePartNumber(known.partNumber) === key);
}

function withoutInterchangeable(catalogue: PartCatalogue, partNumber: string): InterchangeablePart[] {
  const key = normalisePartNumber(partNumber);
  return catalogue.interchangeables.filter((known) => normalisePartNumber(known.partNumber) !== key);
}

/** A GTIN-8/12/13/14 with a valid GS1 mod-10 check digit, answered as GTIN-14; an internal code trimmed. */
function barcodeCode(scheme: BarcodeScheme, raw: string): string {
  const code = raw.trim();
  switch (scheme) {
    case 'gtin': {
      if (!/^\d+$/.test(code) || ![8, 12, 13, 14].includes(code.length)) {
        throw new BusinessRuleViolation(stockRules.invalidBarcode, `GTIN ${code} is not 8, 12, 13 or 14 digits`, { scheme, code });
      }
      const expected = gtinCheckDigit(code.slice(0, -1));
      if (expected !== Number(code.slice(-1))) {
        throw new BusinessRuleViolation(stockRules.invalidBarcode, `GTIN ${code}: the check digit should be ${expected}`, { scheme, code });
      }
      return code.padStart(14, '0');
    }
    case 'internal':
      if (!code) throw new BusinessRuleViolation(stockRules.invalidBarcode, 'an internal barcode cannot be blank', { scheme, code });
      return code;
    default: {
      const unhandled: never = scheme;
      return unhandled;
    }
  }
}
