import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { ToolParams } from '../fields/resources-fields';
import { tools } from '../resources-aggregates';
import { CalibrationRequest } from './record-calibration.request';

@ApiTags('resources')
@Controller('api/v1/resources/tools/:toolId/calibrations')
export class RecordCalibrationController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  record(@Param() { toolId }: ToolParams, @Body() body: CalibrationRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(tools, 'RecordCalibration', toolId, { ...body, by: metadata.actor.id }, metadata);
  }
}
