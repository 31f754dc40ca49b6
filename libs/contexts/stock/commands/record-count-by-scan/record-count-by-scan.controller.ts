import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { BusinessRuleViolation, type CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, ReadsProjections, Roles } from '@repaero/platform';
import { scanRules } from '../../domain/scan-log/scan-rules';
import { ScanIntake, summaryOfScan, type ScanSummary } from '../record-scan/scan-intake';
import { scanRequirements } from '../record-scan/scan-requirements';
import type { ScanResolved, ScannedItem } from '../record-scan/scan-resolver';
import { countSessions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { RecordCountByScanRequest } from './record-count-by-scan.request';

type CountedByScan = CommandAcceptedDto & ScanResolved & { scan: ScanSummary; scanRecorded: CommandAcceptedDto; countedQuantity: number };

/** A serial item scanned is one unit found; a batch needs the quantity found (its label's QTY is what was packed, not what is left). */
function countedQuantityOf(item: ScannedItem, given: number | undefined): number {
  const counted = given ?? (item.serialNumber !== null ? 1 : undefined);
  if (counted !== undefined) return counted;
  throw new BusinessRuleViolation(scanRules.quantityRequired, `batch ${item.batchNumber ?? item.itemId} was scanned: give the countedQuantity found`, {
    itemId: item.itemId,
  });
}

@ApiTags('stock')
@Controller('api/v1/stock/count-sessions/:sessionId/scans')
export class RecordCountByScanController {
  constructor(
    private readonly scans: ScanIntake,
    private readonly commands: AggregateCommandSender,
  ) {}

  /** The item named by the scan is counted through the same RecordCount as the counts endpoint (a recount replaces). */
  @Post()
  @Roles('storekeeper')
  @ReadsProjections('stock-parts', 'stock-part-barcodes', 'stock-items')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async count(
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Body() body: RecordCountByScanRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CountedByScan> {
    const { raw, deviceId, aimId } = body;
    const { scan, resolved, recorded } = await this.scans.record({ raw, deviceId, aimId, purpose: 'count' }, metadata);
    const item = scanRequirements.item(resolved);
    const countedQuantity = countedQuantityOf(item, body.countedQuantity);
    const lines = [{ itemId: item.itemId, countedQuantity }];
    const accepted = await this.commands.send(countSessions, 'RecordCount', sessionId, { lines }, metadata, expectedVersion);
    return { ...accepted, countedQuantity, scan: summaryOfScan(scan), ...resolved, scanRecorded: recorded };
  }
}
