import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, IfMatchVersion, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { RecordLicenceRequest, toLicenceRating } from './record-licence.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/licences')
export class RecordLicenceController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** The Part-66 licence as issued or renewed; each version is kept so a past date is judged with the licence then in force. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(
    @Param() { technicianId }: TechnicianParams,
    @Body() body: RecordLicenceRequest,
    @CommandContext() metadata: CommandMetadata,
    @IfMatchVersion() expectedVersion?: number,
  ): Promise<CommandAcceptedDto> {
    const intent = { ...body, ratings: body.ratings.map(toLicenceRating), by: metadata.actor.id };
    return this.commands.send(technicians, 'RecordPart66Licence', technicianId, intent, metadata, expectedVersion);
  }
}
