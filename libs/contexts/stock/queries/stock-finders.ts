import { Like, type FindManyOptions } from 'typeorm';
import { normalisePartNumber } from '../domain/part/part-number';
import type { MovementRow } from './movements/movement.read-model';
import type { PartRow } from './parts/part.read-model';
import type { StockLevelRow } from './stock-levels/stock-level.read-model';

/** The find options behind each stock query, shared by the controllers and the Oracle SQL snapshots. */
export const stockFinders = {
  parts(filter: { partNumber?: string; limit: number; offset: number }): FindManyOptions<PartRow> {
    const where = filter.partNumber ? { partNumberKey: Like(`${normalisePartNumber(filter.partNumber)}%`) } : {};
    return { where, order: { partNumberKey: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  levels(filter: { partId?: string; locationCode?: string }): FindManyOptions<StockLevelRow> {
    const where = { ...(filter.partId ? { partId: filter.partId } : {}), ...(filter.locationCode ? { locationCode: filter.locationCode } : {}) };
    return { where, order: { partId: 'ASC', locationCode: 'ASC' }, take: 5000 };
  },

  movements(filter: { partId: string; limit: number; offset: number }): FindManyOptions<MovementRow> {
    return { where: { partId: filter.partId }, order: { position: 'ASC' }, take: filter.limit, skip: filter.offset };
  },
};
