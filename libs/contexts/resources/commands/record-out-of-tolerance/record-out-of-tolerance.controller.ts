import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { ToolParams } from '../fields/resources-fields';
import { tools } from '../resources-aggregates';
import { RecordOutOfToleranceRequest } from './record-out-of-tolerance.request';

@ApiTags('resources')
@Controller('api/v1/resources/tools/:toolId/out-of-tolerance')
export class RecordOutOfToleranceController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** The event keeps the last good calibration date, from which the work done with the tool is to be reviewed. */
  @Post()
  @Roles('quality', 'technician')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(@Param() { toolId }: ToolParams, @Body() body: RecordOutOfToleranceRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(tools, 'RecordOutOfTolerance', toolId, { ...body, by: metadata.actor.id }, metadata);
  }
}
