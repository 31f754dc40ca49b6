import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { TechnicianParams } from '../fields/resources-fields';
import { technicians } from '../resources-aggregates';
import { RecordTrainingRequest } from './record-training.request';

@ApiTags('resources')
@Controller('api/v1/resources/technicians/:technicianId/continuation-training')
export class RecordTrainingController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(@Param() { technicianId }: TechnicianParams, @Body() body: RecordTrainingRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(technicians, 'RecordContinuationTraining', technicianId, { ...body, by: metadata.actor.id }, metadata);
  }
}
