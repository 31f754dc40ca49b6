import { In } from 'typeorm';
import type { ReactorDependencies } from '../../bounded-context';
import type { AlertKind } from '../domain/alert/events';
import { addQuantities } from '../domain/part/quantity';
import { itemLocationReadModel } from '../queries/items/item-location.read-model';
import { itemReadModel } from '../queries/items/item.read-model';
import { minimumLevelReadModel } from '../queries/minimum-levels/minimum-level.read-model';
import { stockFinders } from '../queries/stock-finders';
import { stockLevelReadModel } from '../queries/stock-levels/stock-level.read-model';
import type { StockAlertFacts } from './stock-alert.ports';

/** Projections the facts come from; the reactor waits for them to pass the event it handles. */
export const STOCK_FACT_PROJECTIONS = {
  items: 'stock-items',
  levels: 'stock-levels',
  minimumLevels: 'stock-minimum-levels',
} as const;

export interface StockAlertFactsOptions {
  /** How long one look-up waits for the projections before failing transiently (the runner then retries). */
  readonly waitMs?: number;
}

/** StockAlertFacts over the stock read models, as of the event's position. */
export function stockAlertFacts(deps: Pick<ReactorDependencies, 'readModels' | 'waitForPosition'>, options: StockAlertFactsOptions = {}): StockAlertFacts {
  const waitMs = options.waitMs ?? 5_000;
  const { readModels } = deps;
  const caughtUp = (names: readonly string[], position: number) => deps.waitForPosition(names, position, waitMs);
  const itemsAt = (partId: string, locationCode: string) =>
    readModels.read(itemLocationReadModel, (rows) => rows.find(stockFinders.itemsOfPartAt(partId, locationCode)));

  return {
    async itemLocations(itemId, position) {
      await caughtUp([STOCK_FACT_PROJECTIONS.items], position);
      const rows = await readModels.read(itemLocationReadModel, (repository) => repository.find({ where: { itemId }, order: { locationCode: 'ASC' }, take: 100 }));
      return [...new Set(rows.map((row) => row.locationCode))];
    },

    async itemsInCondition(partId, locationCode, kind: Exclude<AlertKind, 'low-stock'>, position, onOrBefore) {
      await caughtUp([STOCK_FACT_PROJECTIONS.items], position);
      const here = (await itemsAt(partId, locationCode)).filter((row) => Number(row.quantity) > 0);
      switch (kind) {
        case 'quarantine':
          return here.filter((row) => row.condition === 'QUARANTINE').map((row) => row.itemId);
        case 'expiring':
          return here
            .filter((row) => row.condition === 'SERVICEABLE' && row.expiresOn !== null && onOrBefore !== undefined && row.expiresOn <= onOrBefore)
            .map((row) => row.itemId);
        case 'nonconformity': {
          if (here.length === 0) return [];
          const items = await readModels.read(itemReadModel, (rows) =>
            rows.find({ select: { itemId: true, state: true }, where: { itemId: In(here.map((row) => row.itemId)) }, order: { itemId: 'ASC' } }),
          );
          return items.filter((item) => item.state.nonconformities.some((nonconformity) => nonconformity.open)).map((item) => item.itemId);
        }
        default: {
          const unhandled: never = kind;
          return unhandled;
        }
      }
    },

    async stockPosition(partId, locationCode, position) {
      await caughtUp(Object.values(STOCK_FACT_PROJECTIONS), position);
      const [level, items, minimum] = await Promise.all([
        readModels.read(stockLevelReadModel, (rows) => rows.findOneBy({ partId, locationCode })),
        itemsAt(partId, locationCode),
        readModels.read(minimumLevelReadModel, (rows) => rows.findOne(stockFinders.minimumLevelAt(partId, locationCode))),
      ]);
      const serviceable = items.filter((row) => row.condition === 'SERVICEABLE');
      const available = serviceable.reduce((sum, row) => addQuantities(sum, Number(row.quantity)), Number(level?.quantity ?? 0));
      const unit = minimum?.unit ?? level?.unit ?? serviceable[0]?.unit ?? items[0]?.unit ?? 'EA';
      return { available, unit, ...(minimum ? { minimum: Number(minimum.minimumLevel) } : {}) };
    },
  };
}

