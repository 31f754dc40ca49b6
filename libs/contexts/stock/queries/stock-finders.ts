import { In, LessThan, Like, MoreThan, type FindManyOptions, type FindOptionsSelect } from 'typeorm';
import { normalisePartNumber } from '../domain/part/part-number';
import type { AlertSubscriptionRow } from './alert-subscriptions/alert-subscription.read-model';
import type { AlertRow } from './alerts/alert.read-model';
import type { CountSessionRow } from './count-sessions/count-session.read-model';
import type { ItemMovementRow } from './item-movements/item-movement.read-model';
import { identifierKey } from './items/identifier-key';
import type { ItemLocationRow } from './items/item-location.read-model';
import { itemReadModel, type ItemRow } from './items/item.read-model';
import type { MinimumLevelRow } from './minimum-levels/minimum-level.read-model';
import type { MovementRow } from './movements/movement.read-model';
import type { PartBarcodeRow } from './part-barcodes/part-barcode.read-model';
import type { PartRow } from './parts/part.read-model';
import type { StockLevelRow } from './stock-levels/stock-level.read-model';

interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface ItemFilter extends Page {
  readonly partId?: string;
  readonly condition?: string;
  readonly serialNumber?: string;
  readonly batchNumber?: string;
  /** YYYY-MM-DD: items still in store whose expiry is before that date, soonest first. */
  readonly expiringBefore?: string;
}

export interface ItemIdentifier {
  readonly serialNumber?: string;
  readonly batchNumber?: string;
  readonly partId?: string;
}

/** Lists leave the folded state out: it is the detail view's. */
const ITEM_SUMMARY = Object.fromEntries(
  Object.keys(itemReadModel.columns)
    .filter((column) => column !== 'state')
    .map((column) => [column, true]),
) as FindOptionsSelect<ItemRow>;

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

  /** Exact part-number match (normalised), for a scanned PNR. */
  partsNumbered(partNumber: string): FindManyOptions<PartRow> {
    return { where: { partNumberKey: normalisePartNumber(partNumber) }, order: { partId: 'ASC' }, take: 10 };
  },

  barcode(scheme: string, code: string): FindManyOptions<PartBarcodeRow> {
    return { where: { scheme, code }, take: 1 };
  },

  partBarcodes(partId: string): FindManyOptions<PartBarcodeRow> {
    return { where: { partId }, order: { scheme: 'ASC', code: 'ASC' }, take: 100 };
  },

  items(filter: ItemFilter): FindManyOptions<ItemRow> {
    const where = {
      ...(filter.partId ? { partId: filter.partId } : {}),
      ...(filter.condition ? { condition: filter.condition } : {}),
      ...(filter.serialNumber ? { serialKey: identifierKey(filter.serialNumber) } : {}),
      ...(filter.batchNumber ? { batchKey: identifierKey(filter.batchNumber) } : {}),
      ...(filter.expiringBefore ? { expiresOn: LessThan(filter.expiringBefore), quantityOnHand: MoreThan(0) } : {}),
    };
    const order = filter.expiringBefore ? ({ expiresOn: 'ASC', itemId: 'ASC' } as const) : ({ receivedAt: 'ASC', itemId: 'ASC' } as const);
    return { select: ITEM_SUMMARY, where, order, take: filter.limit, skip: filter.offset };
  },

  /** Items a scan may name by serial (with its part when known); more than one is an ambiguous scan. */
  itemsIdentifiedBy(identifier: ItemIdentifier): FindManyOptions<ItemRow> {
    const where = {
      ...(identifier.serialNumber !== undefined ? { serialKey: identifierKey(identifier.serialNumber) } : {}),
      ...(identifier.batchNumber !== undefined ? { batchKey: identifierKey(identifier.batchNumber) } : {}),
      ...(identifier.partId ? { partId: identifier.partId } : {}),
    };
    return { select: ITEM_SUMMARY, where, order: { itemId: 'ASC' }, take: 10 };
  },

  quarantine(page: Page): FindManyOptions<ItemRow> {
    const order = { quarantinedAt: 'ASC', itemId: 'ASC' } as const;
    return { select: ITEM_SUMMARY, where: { condition: 'QUARANTINE' }, order, take: page.limit, skip: page.offset };
  },

  itemsAt(locationCode: string): FindManyOptions<ItemLocationRow> {
    return { where: { locationCode }, order: { partId: 'ASC', itemId: 'ASC' }, take: 5000 };
  },

  locationsOf(itemId: string): FindManyOptions<ItemLocationRow> {
    return { where: { itemId }, order: { locationCode: 'ASC' }, take: 100 };
  },

  itemMovements(filter: { readonly itemIds: readonly string[] } & Page): FindManyOptions<ItemMovementRow> {
    return { where: { itemId: In([...filter.itemIds]) }, order: { position: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  countSessions(filter: { readonly locationCode?: string; readonly status?: CountSessionRow['status'] } & Page): FindManyOptions<CountSessionRow> {
    const where = { ...(filter.locationCode ? { locationCode: filter.locationCode } : {}), ...(filter.status ? { status: filter.status } : {}) };
    return { where, order: { openedAt: 'DESC', sessionId: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  alerts(filter: { readonly status?: AlertRow['status']; readonly kind?: AlertRow['kind'] } & Page): FindManyOptions<AlertRow> {
    const where = { ...(filter.status ? { status: filter.status } : {}), ...(filter.kind ? { kind: filter.kind } : {}) };
    return { where, order: { raisedAt: 'DESC', alertId: 'ASC' }, take: filter.limit, skip: filter.offset };
  },

  /** Active alert subscriptions (the kinds are a JSON column: the notifier filters them in memory). */
  activeAlertSubscriptions(): FindManyOptions<AlertSubscriptionRow> {
    return { where: { status: 'active' }, order: { subscriptionId: 'ASC' }, take: 5000 };
  },

  alertSubscription(subscriptionId: string): FindManyOptions<AlertSubscriptionRow> {
    return { where: { subscriptionId }, take: 1 };
  },

  /** The minimum level of a part at a location (none: no low-stock alert there). */
  minimumLevelAt(partId: string, locationCode: string): FindManyOptions<MinimumLevelRow> {
    return { where: { partId, locationCode }, take: 1 };
  },

  /** The items of a part at a location, in every condition (low-stock and item alerts start from these). */
  itemsOfPartAt(partId: string, locationCode: string): FindManyOptions<ItemLocationRow> {
    return { where: { partId, locationCode }, order: { itemId: 'ASC' }, take: 5000 };
  },
};
