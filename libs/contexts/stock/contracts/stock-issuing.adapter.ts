import { Inject, Injectable } from '@nestjs/common';
import { BusinessRuleViolation, NotFound, loadStream, type PipelineDependencies } from '@repaero/event-sourcing';
import { AggregateCommandSender, PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { ScanIntake } from '../commands/record-scan/scan-intake';
import { scanRequirements } from '../commands/record-scan/scan-requirements';
import { stockItems } from '../commands/sender/stock-aggregates';
import { stockItemStreamId } from '../domain/item/item-stream';
import { itemDecider, type ItemAggregateEvent } from '../domain/item/item.decider';
import { scanRules } from '../domain/scan-log/scan-rules';
import { stockRules } from '../domain/stock-rules';
import type { ItemIssued } from '../domain/item/events';
import { issuedAnswer, reservedAnswer } from './stock-issue-events';
import type { IssuedToWorkOrder, IssueToWorkOrder, ReservedForWorkOrder, ReserveForWorkOrder, ScanToIssue, StockIssuing } from './stock-issuing';

@Injectable()
export class StockIssuingAdapter implements StockIssuing {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly scans: ScanIntake,
    @Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies,
  ) {}

  async issueToWorkOrder({ itemId, workOrderRef, locationCode, quantity, metadata }: IssueToWorkOrder): Promise<IssuedToWorkOrder> {
    const already = await this.earlierIssue(itemId, workOrderRef, metadata.causationId);
    if (already) return already;
    const from = locationCode ?? (await this.onlyLocationOf(itemId));
    const outcome = await this.commands.execute(stockItems, 'IssueItem', itemId, { workOrderRef, locationCode: from, quantity }, metadata);
    const issued = outcome.events.find((event) => event.type === 'stock.ItemIssued');
    if (!issued || issued.type !== 'stock.ItemIssued') throw new Error(`IssueItem on ${itemId} recorded no stock.ItemIssued`);
    return issuedAnswer(issued, outcome.streamId, outcome.version, outcome.position);
  }

  async reserveForWorkOrder({ itemId, workOrderRef, quantity, metadata }: ReserveForWorkOrder): Promise<ReservedForWorkOrder> {
    const already = await this.earlierReservation(itemId, workOrderRef, metadata.causationId);
    if (already) return already;
    const outcome = await this.commands.execute(stockItems, 'ReserveItem', itemId, { workOrderRef, quantity }, metadata);
    const reserved = outcome.events.find((event) => event.type === 'stock.ItemReserved');
    if (!reserved || reserved.type !== 'stock.ItemReserved') throw new Error(`ReserveItem on ${itemId} recorded no stock.ItemReserved`);
    return reservedAnswer(reserved, outcome.streamId, outcome.version, outcome.position);
  }

  /** The reservation caused by the same event (the caller's recorded intent): a retry holds nothing more. */
  private async earlierReservation(itemId: string, workOrderRef: string, causationId: string | undefined): Promise<ReservedForWorkOrder | undefined> {
    if (causationId === undefined) return undefined;
    const streamId = stockItemStreamId(itemId);
    for (const envelope of await this.pipeline.store.readStream(streamId)) {
      const event = this.pipeline.upcasters.toDomainEvent<ItemAggregateEvent>(envelope);
      if (event.type === 'stock.ItemReserved' && event.data.workOrderRef === workOrderRef && envelope.metadata.causationId === causationId) {
        return reservedAnswer(event, streamId, envelope.streamVersion, envelope.globalPosition);
      }
    }
    return undefined;
  }

  async resolveScan({ raw, deviceId, aimId, metadata }: ScanToIssue): Promise<{ itemId: string; locationCode?: string }> {
    const { resolved } = await this.scans.record({ raw, deviceId, aimId, purpose: 'issue' }, metadata);
    const item = scanRequirements.item(resolved);
    return { itemId: item.itemId, ...(item.locations.length === 1 ? { locationCode: item.locations[0] } : {}) };
  }

  /**
   * The issue a crashed caller did not record, answered from the stored `stock.ItemIssued` so the caller derives the
   * same ids as the first time: the one caused by the same event (the caller's recorded intent), or a serial item
   * still out on this work order.
   */
  private async earlierIssue(itemId: string, workOrderRef: string, causationId: string | undefined): Promise<IssuedToWorkOrder | undefined> {
    const streamId = stockItemStreamId(itemId);
    const envelopes = await this.pipeline.store.readStream(streamId);
    let state = itemDecider.initialState();
    let lastIssue: { event: ItemIssued; version: number; position: number } | undefined;
    for (const envelope of envelopes) {
      const event = this.pipeline.upcasters.toDomainEvent<ItemAggregateEvent>(envelope);
      state = itemDecider.evolve(state, event);
      if (event.type !== 'stock.ItemIssued' || event.data.workOrderRef !== workOrderRef) continue;
      if (causationId !== undefined && envelope.metadata.causationId === causationId) return issuedAnswer(event, streamId, envelope.streamVersion, envelope.globalPosition);
      lastIssue = { event, version: envelope.streamVersion, position: envelope.globalPosition };
    }
    if (state.status !== 'received' || state.tracking !== 'serial' || !lastIssue || !((state.issued[workOrderRef] ?? 0) > 0)) return undefined;
    return issuedAnswer(lastIssue.event, streamId, lastIssue.version, lastIssue.position);
  }

  /** Folded from the item's stream, so an item received a moment ago is found. */
  private async onlyLocationOf(itemId: string): Promise<string> {
    const { state } = await loadStream(this.pipeline, itemDecider, stockItemStreamId(itemId));
    if (state.status === 'not-received') throw new NotFound('stock item', itemId);
    const held = Object.entries(state.onHand).filter(([, quantity]) => quantity > 0);
    if (held.length === 1) return held[0][0];
    if (held.length === 0) throw new BusinessRuleViolation(stockRules.insufficientStock, `item ${itemId} is at no location`, { itemId });
    throw new BusinessRuleViolation(scanRules.ambiguous, `item ${itemId} is at ${held.length} locations: give the locationCode`, { itemId, locations: held.map(([code]) => code) });
  }
}
