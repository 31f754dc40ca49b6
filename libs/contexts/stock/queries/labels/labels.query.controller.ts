import { LABEL_PRINTERS } from '../stock-readers';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import type { LabelFormat } from '../../labels/barcode.renderer';
import { renderBinLabel } from '../../labels/bin-label.renderer';
import { renderItemLabel } from '../../labels/item-label.renderer';
import { itemReadModel } from '../items/item.read-model';
import { LocationParams } from '../items/location.params';
import { partBarcodeReadModel } from '../part-barcodes/part-barcode.read-model';
import { partReadModel } from '../parts/part.read-model';
import { stockFinders } from '../stock-finders';
import { contentTypeOf, LabelFormatQuery } from './label-format.query';

function labelFile(content: Buffer | string, format: LabelFormat, name: string): StreamableFile {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return new StreamableFile(body, { type: contentTypeOf(format), disposition: `inline; filename="${name}.${format}"`, length: body.length });
}

@ApiTags('stock')
@Roles(...LABEL_PRINTERS)
@Controller('api/v1/stock')
export class LabelsQueryController {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  /** PNG, SVG or a 100×50 mm PDF page. PNR, SER, maker, batch, expiry and our stock id (the item id): a GS1 DataMatrix when the part has a GTIN, else ATA TEIs. */
  @Get('items/:itemId/label')
  @ApiProduces('image/png', 'image/svg+xml', 'application/pdf')
  @ReadsProjections('stock-items', 'stock-parts', 'stock-part-barcodes')
  async itemLabel(@Param('itemId', new ParseUUIDPipe()) itemId: string, @Query() { format = 'png' }: LabelFormatQuery): Promise<StreamableFile> {
    const item = await this.readModels.read(itemReadModel, (rows) => rows.findOneBy({ itemId }));
    if (!item) throw new NotFound('stock item', itemId);
    const part = await this.readModels.read(partReadModel, (rows) => rows.findOneBy({ partId: item.partId }));
    const barcodes = await this.readModels.read(partBarcodeReadModel, (rows) => rows.find(stockFinders.partBarcodes(item.partId)));
    const gtin = barcodes.find((barcode) => barcode.scheme === 'gtin')?.code;
    const label = await renderItemLabel(
      {
        pnr: item.partNumber,
        ser: item.serialNumber ?? undefined,
        mfr: part?.manufacturer ?? undefined,
        stockId: item.itemId,
        expiry: item.expiresOn ?? undefined,
        gtin,
        lot: item.batchNumber ?? undefined,
      },
      format,
    );
    return labelFile(label, format, `item-${itemId}`);
  }

  @Get('locations/:locationCode/label')
  @ApiProduces('image/png', 'image/svg+xml', 'application/pdf')
  async locationLabel(@Param() { locationCode }: LocationParams, @Query() { format = 'png' }: LabelFormatQuery): Promise<StreamableFile> {
    return labelFile(await renderBinLabel(locationCode, format), format, `location-${locationCode}`);
  }
}
