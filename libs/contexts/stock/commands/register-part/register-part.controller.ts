import { Body, Controller, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Clock, CommandMetadata } from '@repaero/event-sourcing';
import { CLOCK, CommandAcceptedDto, CommandContext, DeciderCommand, Roles } from '@repaero/platform';
import { partDecider } from '../../domain/part/part.decider';
import { partStreamId } from '../../domain/part/part-stream';
import { partIdFor } from './part-id';
import { RegisterPartRequest } from './register-part.request';

class PartRegisteredResponse extends CommandAcceptedDto {
  @ApiProperty()
  partId: string;
}

@ApiTags('stock')
@Controller('api/v1/stock/parts')
export class RegisterPartController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('storekeeper', 'purchasing')
  @ApiCreatedResponse({ type: PartRegisteredResponse })
  async register(@Body() body: RegisterPartRequest, @CommandContext() metadata: CommandMetadata): Promise<PartRegisteredResponse> {
    const partId = partIdFor(body.partNumber, body.manufacturer);
    const outcome = await this.commandBus.execute(
      new DeciderCommand('stock.RegisterPart', {
        decider: partDecider,
        streamId: partStreamId(partId),
        command: { type: 'RegisterPart', partId, ...body, at: this.clock.now().toISOString() },
        metadata,
      }),
    );
    return Object.assign(CommandAcceptedDto.from(outcome), { partId });
  }
}
