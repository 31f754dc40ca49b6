import { Controller, Delete, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { PartBarcodeRequest } from '../assign-part-barcode/part-barcode.request';
import { partCatalogue } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';

class PartBarcodeParams extends PartBarcodeRequest {
  @ApiProperty()
  @IsUUID()
  partId: string;
}

@ApiTags('stock')
@Controller('api/v1/stock/parts/:partId/barcodes/:scheme/:code')
export class WithdrawPartBarcodeController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** The code no longer scans as this part; withdrawing a code the part does not carry changes nothing. */
  @Delete()
  @Roles('storekeeper', 'purchasing')
  @ApiOkResponse({ type: CommandAcceptedDto })
  withdraw(
    @Param() { partId, scheme, code }: PartBarcodeParams,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    return this.commands.send(partCatalogue, 'WithdrawPartBarcode', partId, { scheme, code }, metadata, expectedVersion);
  }
}
