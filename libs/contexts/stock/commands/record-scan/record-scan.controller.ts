import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Clock, CommandMetadata } from '@repaero/event-sourcing';
import { CLOCK, CommandAcceptedDto, CommandContext, ReadsProjections, Roles } from '@repaero/platform';
import { scanRefused } from '../../domain/scan-log/scan-rules';
import { parseScan, type ScanInput } from '../../domain/scanning/scan-input';
import { scanLogs } from '../sender/stock-aggregates';
import { StockCommandSender } from '../sender/stock-command.sender';
import { RecordScanRequest } from './record-scan.request';
import { ScanResolver, type ScanResolved } from './scan-resolver';

type ScanAnswer = CommandAcceptedDto & ScanResolved & { scan: Pick<ScanInput, 'scheme' | 'aimId' | 'fields' | 'unmapped'> };

@ApiTags('stock')
@Controller('api/v1/stock/scans')
export class RecordScanController {
  constructor(
    private readonly commands: StockCommandSender,
    private readonly resolver: ScanResolver,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Reads the scan (GS1, ATA TEIs, EAN-13, Code 128), finds what it names in the stock records and logs it on the
   * device's stream; a scan that cannot be read or resolved is refused (422 with the rule) and logged nowhere.
   */
  @Post()
  @Roles('storekeeper', 'technician', 'quality', 'team-lead')
  @ReadsProjections('stock-parts', 'stock-part-barcodes', 'stock-items')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async scan(@Body() body: RecordScanRequest, @CommandContext() metadata: CommandMetadata): Promise<ScanAnswer> {
    const parsed = parseScan(body.raw, { aimId: body.aimId, referenceYear: this.clock.now().getUTCFullYear() });
    if (!parsed.ok) throw scanRefused(parsed);
    const { scan } = parsed;
    const resolved = await this.resolver.resolve(scan.fields);
    const ids = { partId: resolved.part?.partId, itemId: resolved.item?.itemId, locationCode: resolved.locationCode ?? undefined };
    const accepted = await this.commands.send(scanLogs, 'RecordScan', body.deviceId, { purpose: body.purpose, scan, resolved: ids }, metadata);
    return { ...accepted, scan: { scheme: scan.scheme, aimId: scan.aimId, fields: scan.fields, unmapped: scan.unmapped }, ...resolved };
  }
}
