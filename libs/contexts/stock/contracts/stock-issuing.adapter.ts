import { Inject, Injectable } from '@nestjs/common';
import { BusinessRuleViolation, NotFound, loadStream, type PipelineDependencies } from '@repaero/event-sourcing';
import { AggregateCommandSender, PIPELINE_DEPENDENCIES } from '@repaero/platform';
import { ScanIntake } from '../commands/record-scan/scan-intake';
import { scanRequirements } from '../commands/record-scan/scan-requirements';
import { stockItems } from '../commands/sender/stock-aggregates';
import { stockItemStreamId } from '../domain/item/item-stream';
import { itemDecider } from '../domain/item/item.decider';
import { scanRules } from '../domain/scan-log/scan-rules';
import { stockRules } from '../domain/stock-rules';
import type { IssuedToWorkOrder, IssueToWorkOrder, ScanToIssue, StockIssuing } from './stock-issuing';

@Injectable()
export class StockIssuingAdapter implements StockIssuing {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly scans: ScanIntake,
    @Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies,
  ) {}

  async issueToWorkOrder({ itemId, workOrderRef, locationCode, quantity, metadata }: IssueToWorkOrder): Promise<IssuedToWorkOrder> {
    const from = locationCode ?? (await this.onlyLocationOf(itemId));
    const outcome = await this.commands.execute(stockItems, 'IssueItem', itemId, { workOrderRef, locationCode: from, quantity }, metadata);
    const issued = outcome.events.find((event) => event.type === 'stock.ItemIssued');
    if (!issued || issued.type !== 'stock.ItemIssued') throw new Error(`IssueItem on ${itemId} recorded no stock.ItemIssued`);
    const { partNumber, serialNumber, batchNumber, releaseTrackingNumber, unit } = issued.data;
    return {
      itemId,
      partNumber,
      ...(serialNumber ? { serialNumber } : {}),
      ...(batchNumber ? { batchNumber } : {}),
      ...(releaseTrackingNumber ? { certificateRef: releaseTrackingNumber } : {}),
      quantity: issued.data.quantity,
      unit,
      stockIssueRef: `${outcome.streamId}@${outcome.version}`,
      position: outcome.position,
    };
  }

  async resolveScan({ raw, deviceId, aimId, metadata }: ScanToIssue): Promise<{ itemId: string; locationCode?: string }> {
    const { resolved } = await this.scans.record({ raw, deviceId, aimId, purpose: 'issue' }, metadata);
    const item = scanRequirements.item(resolved);
    return { itemId: item.itemId, ...(item.locations.length === 1 ? { locationCode: item.locations[0] } : {}) };
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
