import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { SetWorkingCalendarRequest } from './set-working-calendar.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/calendar')
export class SetWorkingCalendarController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Put()
  @Roles('team-lead', 'quality')
  @ApiOkResponse({ type: CommandAcceptedDto })
  set(@Param() { technicianId }: TechnicianParams, @Body() body: SetWorkingCalendarRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    const { workingDays, startsAt, endsAt, fromOn } = body;
    return this.commands.send(technicians, 'SetWorkingCalendar', technicianId, { workingDays, shift: { startsAt, endsAt }, fromOn, by: metadata.actor.id }, metadata);
  }
}
