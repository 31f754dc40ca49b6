import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, ID_GENERATOR, ReadsProjections, Roles } from '@repaero/platform';
import { toReleaseDocument } from '../fields/release-document.request';
import { PartFactsLookup } from '../receive-item/part-facts.lookup';
import { ScanIntake, summaryOfScan, type ScanSummary } from '../record-scan/scan-intake';
import { scanRequirements } from '../record-scan/scan-requirements';
import type { ScanResolved } from '../record-scan/scan-resolver';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ReceiveItemByScanRequest } from './receive-item-by-scan.request';

class ItemReceivedByScanResponse extends CommandAcceptedDto {
  @ApiProperty()
  itemId: string;
}

type ReceivedByScan = ItemReceivedByScanResponse & ScanResolved & { scan: ScanSummary; scanRecorded: CommandAcceptedDto };

@ApiTags('stock')
@Controller('api/v1/stock/scans/receipts')
export class ReceiveItemByScanController {
  constructor(
    private readonly scans: ScanIntake,
    private readonly commands: AggregateCommandSender,
    private readonly parts: PartFactsLookup,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /**
   * Receiving by the maker's label: the part from its GTIN (or PNR and MFR), SER or LOT and expiry from the scan,
   * then the same ReceiveItem the receive endpoint sends (receiving inspection: serviceable or quarantine).
   */
  @Post()
  @Roles('storekeeper')
  @ReadsProjections('stock-parts', 'stock-part-barcodes', 'stock-items')
  @ApiCreatedResponse({ type: ItemReceivedByScanResponse })
  async receive(@Body() body: ReceiveItemByScanRequest, @CommandContext() metadata: CommandMetadata): Promise<ReceivedByScan> {
    const { raw, deviceId, aimId, locationCode, releaseDocument, purchaseOrderRef } = body;
    const { scan, resolved, recorded } = await this.scans.record({ raw, deviceId, aimId, purpose: 'receive' }, metadata);
    const catalogued = scanRequirements.part(resolved);
    const part = await this.parts.factsOf(catalogued.partId);
    const { fields } = scan;
    const scanned = { partNumber: fields.pnr ?? catalogued.partNumber, serialNumber: fields.ser, batchNumber: fields.lot };
    const itemId = this.ids.next();
    const intent = {
      part,
      scanned,
      quantity: body.quantity ?? fields.qty ?? 1,
      locationCode,
      releaseDocument: releaseDocument && toReleaseDocument(releaseDocument),
      shelfLife: fields.expiry === undefined ? undefined : { expiresOn: fields.expiry, source: 'label' as const },
      purchaseOrderRef,
    };
    const accepted = await this.commands.send(stockItems, 'ReceiveItem', itemId, intent, metadata);
    return { ...accepted, itemId, scan: summaryOfScan(scan), ...resolved, scanRecorded: recorded };
  }
}
