import type { SelectQueryBuilder } from 'typeorm';
import type { ActiveReadModels } from '@repaero/projections';
import { addQuantities } from '../../domain/part/quantity';
import { itemLocationReadModel, type ItemLocationRow } from '../items/item-location.read-model';
import { stockFinders } from '../stock-finders';
import { stockLevelReadModel, type StockLevelRow } from './stock-level.read-model';

/** Stock of a part at a location in one condition (SERVICEABLE, QUARANTINE, UNSERVICEABLE…). */
export interface LevelByConditionRow {
  readonly partId: string;
  readonly locationCode: string;
  readonly condition: string;
  readonly quantity: number;
  readonly unit: string;
}

export interface LevelsByConditionFilter {
  readonly partId?: string;
  readonly locationCode?: string;
  readonly condition?: string;
}

/** The condition bulk stock (the part's own receipts and issues, no item) counts as: it was never quarantined. */
export const BULK_STOCK_CONDITION = 'SERVICEABLE';

/** Item stock summed per part, location, condition and unit, in the read store (`stock_item_location`). */
export function itemLevelsByConditionQuery(query: SelectQueryBuilder<ItemLocationRow>, filter: LevelsByConditionFilter): SelectQueryBuilder<ItemLocationRow> {
  const alias = query.alias;
  query
    .select(`${alias}.partId`, 'partId')
    .addSelect(`${alias}.locationCode`, 'locationCode')
    .addSelect(`${alias}.condition`, 'condition')
    .addSelect(`${alias}.unit`, 'unit')
    .addSelect(`SUM(${alias}.quantity)`, 'quantity')
    .where(`${alias}.quantity > :zero`, { zero: 0 });
  if (filter.partId) query.andWhere(`${alias}.partId = :partId`, { partId: filter.partId });
  if (filter.locationCode) query.andWhere(`${alias}.locationCode = :locationCode`, { locationCode: filter.locationCode });
  if (filter.condition) query.andWhere(`${alias}.condition = :condition`, { condition: filter.condition });
  return query
    .groupBy(`${alias}.partId`)
    .addGroupBy(`${alias}.locationCode`)
    .addGroupBy(`${alias}.condition`)
    .addGroupBy(`${alias}.unit`)
    .orderBy(`${alias}.partId`, 'ASC')
    .addOrderBy(`${alias}.locationCode`, 'ASC')
    .addOrderBy(`${alias}.condition`, 'ASC')
    .addOrderBy(`${alias}.unit`, 'ASC')
    .limit(5000);
}

export interface RawItemLevel {
  readonly partId: string;
  readonly locationCode: string;
  readonly condition: string;
  readonly unit: string;
  /** A string on PostgreSQL and Oracle (NUMERIC), a number on SQLite. */
  readonly quantity: number | string;
}

/** Item levels plus bulk levels (as SERVICEABLE), one row per part, location, condition and unit, nothing-left rows left out. */
export function mergeLevelsByCondition(items: readonly RawItemLevel[], bulk: readonly StockLevelRow[], filter: LevelsByConditionFilter = {}): LevelByConditionRow[] {
  const merged = new Map<string, LevelByConditionRow>();
  const add = (row: LevelByConditionRow) => {
    const key = JSON.stringify([row.partId, row.locationCode, row.condition, row.unit]);
    const current = merged.get(key);
    merged.set(key, current ? { ...current, quantity: addQuantities(current.quantity, row.quantity) } : row);
  };
  for (const row of items) add({ partId: row.partId, locationCode: row.locationCode, condition: row.condition, unit: row.unit, quantity: addQuantities(0, Number(row.quantity)) });
  if (!filter.condition || filter.condition === BULK_STOCK_CONDITION) {
    for (const row of bulk) add({ partId: row.partId, locationCode: row.locationCode, condition: BULK_STOCK_CONDITION, unit: row.unit, quantity: Number(row.quantity) });
  }
  const order = (row: LevelByConditionRow) => [row.partId, row.locationCode, row.condition, row.unit];
  return [...merged.values()]
    .filter((row) => row.quantity !== 0)
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let index = 0; index < x.length; index += 1) if (x[index] !== y[index]) return x[index] < y[index] ? -1 : 1;
      return 0;
    });
}

/** GET /stock/levels/by-condition: item stock per condition, with the bulk stock of the first slice as SERVICEABLE. */
export async function levelsByCondition(readModels: ActiveReadModels, filter: LevelsByConditionFilter): Promise<LevelByConditionRow[]> {
  const [items, bulk] = await Promise.all([
    readModels.read(itemLocationReadModel, (rows) => itemLevelsByConditionQuery(rows.createQueryBuilder('l'), filter).getRawMany<RawItemLevel>()),
    readModels.read(stockLevelReadModel, (rows) => rows.find(stockFinders.levels(filter))),
  ]);
  return mergeLevelsByCondition(items, bulk, filter);
}
