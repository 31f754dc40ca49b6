import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, ReadsProjections, Roles } from '@repaero/platform';
import { RecordScanRequest } from './record-scan.request';
import { ScanIntake, summaryOfScan, type ScanSummary } from './scan-intake';
import type { ScanResolved } from './scan-resolver';

type ScanAnswer = CommandAcceptedDto & ScanResolved & { scan: ScanSummary };

@ApiTags('stock')
@Controller('api/v1/stock/scans')
export class RecordScanController {
  constructor(private readonly scans: ScanIntake) {}

  /**
   * Reads the scan (GS1, ATA TEIs, EAN-13, Code 128), finds what it names in the stock records and logs it on the
   * device's stream; a scan that cannot be read or resolved is refused (422 with the rule) and logged nowhere.
   */
  @Post()
  @Roles('storekeeper', 'technician', 'quality', 'team-lead')
  @ReadsProjections('stock-parts', 'stock-part-barcodes', 'stock-items')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async scan(@Body() body: RecordScanRequest, @CommandContext() metadata: CommandMetadata): Promise<ScanAnswer> {
    const { scan, resolved, recorded } = await this.scans.record(body, metadata);
    return { ...recorded, scan: summaryOfScan(scan), ...resolved };
  }
}
