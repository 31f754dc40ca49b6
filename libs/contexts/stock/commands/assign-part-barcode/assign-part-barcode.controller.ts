import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, CommandAcceptedDto, CommandContext, IfMatchVersion, ReadsProjections, Roles } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import type { BarcodeScheme } from '../../domain/catalogue/events';
import { toGtin14 } from '../../domain/scanning/gtin';
import { partBarcodeReadModel } from '../../queries/part-barcodes/part-barcode.read-model';
import { stockFinders } from '../../queries/stock-finders';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { PartBarcodeRequest } from './part-barcode.request';

/** The form the catalogue stores a code in; undefined for a code the decider will refuse anyway. */
function storedForm(scheme: BarcodeScheme, code: string): string | undefined {
  if (scheme === 'internal') return code.trim();
  const gtin = toGtin14(code.trim());
  return gtin.ok ? gtin.value : undefined;
}

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/barcodes')
export class AssignPartBarcodeController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
  ) {}

  /** A GTIN or internal code that scans as this part; one code identifies one part (`stock.barcode-assigned-to-another-part`). */
  @Post()
  @Roles('storekeeper', 'purchasing')
  @ReadsProjections('stock-part-barcodes')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  async assign(
    @Param('partId', new ParseUUIDPipe()) partId: string,
    @Body() body: PartBarcodeRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const code = storedForm(body.scheme, body.code);
    const [holder] =
      code === undefined ? [] : await this.readModels.read(partBarcodeReadModel, (rows) => rows.find(stockFinders.barcode(body.scheme, code)));
    return this.commands.send(partCatalogue, 'AssignPartBarcode', partId, { ...body, assignedToPartId: holder?.partId }, metadata, expectedVersion);
  }
}
