import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, ID_GENERATOR, Roles } from '@repaero/platform';
import { toReleaseDocument } from '../fields/release-document.request';
import { stockItems } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { PartFactsLookup } from './part-facts.lookup';
import { ReceiveItemRequest } from './receive-item.request';

class ItemReceivedResponse extends CommandAcceptedDto {
  @ApiProperty()
  itemId: string;
}

@ApiTags('stock')
@Controller('api/v1/stock/items')
export class ReceiveItemController {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly parts: PartFactsLookup,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Receiving inspection: serviceable at once with an acceptable release document that matches the item, else quarantine. */
  @Post()
  @Roles('storekeeper')
  @ApiCreatedResponse({ type: ItemReceivedResponse })
  async receive(@Body() body: ReceiveItemRequest, @CommandContext() metadata: CommandMetadata): Promise<ItemReceivedResponse> {
    const { partId, partNumber, serialNumber, batchNumber, releaseDocument, ...receipt } = body;
    const part = await this.parts.factsOf(partId);
    const itemId = this.ids.next();
    const scanned = { partNumber, serialNumber, batchNumber };
    const intent = { ...receipt, part, scanned, releaseDocument: releaseDocument && toReleaseDocument(releaseDocument) };
    const accepted = await this.commands.send(stockItems, 'ReceiveItem', itemId, intent, metadata);
    return Object.assign(accepted, { itemId });
  }
}
