import { BusinessRuleViolation } from '@repaero/event-sourcing';
import { stockRules } from '../stock-rules';
import type { PartClass, PartTracking } from './events';
import type { CataloguedPart } from './part-catalogue.decider';

/**
 * What receiving an item needs to know about its part, looked up by the handler (fold of the part
 * stream) and carried in the item command: item streams never read the part stream.
 */
export interface PartFacts {
  readonly partId: string;
  readonly partNumber: string;
  readonly unit: string;
  readonly partClass: PartClass;
  readonly tracking: PartTracking;
  readonly shelfLifeLimited: boolean;
  readonly lifeLimited: boolean;
  /** As written; matched normalised. */
  readonly interchangeablePartNumbers: readonly string[];
}

export function partFactsOf(part: CataloguedPart): PartFacts {
  const classification = part.catalogue.classification;
  if (!classification) {
    throw new BusinessRuleViolation(stockRules.partNotClassified, `classify part ${part.partNumber} (class, tracking) before receiving it`, {
      partId: part.partId,
    });
  }
  return {
    partId: part.partId,
    partNumber: part.partNumber,
    unit: part.unit,
    ...classification,
    interchangeablePartNumbers: part.catalogue.interchangeables.map((interchangeable) => interchangeable.partNumber),
  };
}
