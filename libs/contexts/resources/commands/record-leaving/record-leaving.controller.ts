import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { RecordLeavingRequest } from './record-leaving.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/leaving')
export class RecordLeavingController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** The records are kept (DOMAIN rule 15), no longer extended. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(@Param() { technicianId }: TechnicianParams, @Body() body: RecordLeavingRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(technicians, 'RecordLeavingCompany', technicianId, { ...body, by: metadata.actor.id }, metadata);
  }
}
