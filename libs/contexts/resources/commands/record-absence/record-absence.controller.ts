import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { RecordAbsenceRequest } from './record-absence.request';

class AbsenceRecordedResponse extends CommandAcceptedDto {
  @ApiProperty()
  absenceId: string;
}

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/absences')
export class RecordAbsenceController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @Roles('team-lead', 'quality')
  @ApiCreatedResponse({ type: AbsenceRecordedResponse })
  async record(@Param() { technicianId }: TechnicianParams, @Body() body: RecordAbsenceRequest, @CommandContext() metadata: CommandMetadata): Promise<AbsenceRecordedResponse> {
    const absenceId = this.ids.next();
    const accepted = await this.commands.send(technicians, 'RecordAbsence', technicianId, { ...body, absenceId, by: metadata.actor.id }, metadata);
    return Object.assign(accepted, { absenceId });
  }
}
