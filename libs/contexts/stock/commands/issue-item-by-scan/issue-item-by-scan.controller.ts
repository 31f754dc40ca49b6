import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, ReadsProjections, Roles } from '@repaero/platform';
import { ScanIntake, summaryOfScan, type ScanSummary } from '../record-scan/scan-intake';
import { scanRequirements } from '../record-scan/scan-requirements';
import type { ScanResolved } from '../record-scan/scan-resolver';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { IssueItemByScanRequest } from './issue-item-by-scan.request';

type IssuedByScan = CommandAcceptedDto & ScanResolved & { scan: ScanSummary; scanRecorded: CommandAcceptedDto };

@ApiTags('stock')
@Controller('api/v1/stock/scans/issues')
export class IssueItemByScanController {
  constructor(
    private readonly scans: ScanIntake,
    private readonly commands: AggregateCommandSender,
  ) {}

  /**
   * The item named by the scan goes to the work order through the same IssueItem the issue endpoint sends
   * (serviceable and in date only: the item decides). The scan is logged before the issue is tried.
   */
  @Post()
  @Roles('storekeeper', 'technician')
  @ReadsProjections('stock-parts', 'stock-part-barcodes', 'stock-items')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async issue(@Body() body: IssueItemByScanRequest, @CommandContext() metadata: CommandMetadata): Promise<IssuedByScan> {
    const { raw, deviceId, aimId, workOrderRef } = body;
    const { scan, resolved, recorded } = await this.scans.record({ raw, deviceId, aimId, purpose: 'issue' }, metadata);
    const item = scanRequirements.item(resolved);
    const locationCode = scanRequirements.location(item, body.locationCode);
    const quantity = body.quantity ?? 1;
    const accepted = await this.commands.send(stockItems, 'IssueItem', item.itemId, { workOrderRef, locationCode, quantity }, metadata);
    return { ...accepted, scan: summaryOfScan(scan), ...resolved, scanRecorded: recorded };
  }
}
