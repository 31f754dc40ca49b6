import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, ID_GENERATOR, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { RecordExperienceRequest } from './record-experience.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/experience')
export class RecordExperienceController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** A manual entry (work done elsewhere, before the system); sign-offs add theirs by themselves. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(@Param() { technicianId }: TechnicianParams, @Body() body: RecordExperienceRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    const { workedOn, days, note } = body;
    const intent = { entryId: this.ids.next(), workedOn, days, source: { kind: 'manual' as const, note }, by: metadata.actor.id };
    return this.commands.send(technicians, 'RecordExperience', technicianId, intent, metadata);
  }
}
