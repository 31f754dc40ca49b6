import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { AssignTeamRequest } from './assign-team.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/team')
export class AssignTeamController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Put()
  @Roles('team-lead', 'quality')
  @ApiOkResponse({ type: CommandAcceptedDto })
  assign(@Param() { technicianId }: TechnicianParams, @Body() body: AssignTeamRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(technicians, 'AssignTeam', technicianId, { ...body, by: metadata.actor.id }, metadata);
  }
}
