import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { ToolParams } from '../fields/resources-fields';
import { tools } from '../resources-aggregates';
import { ReturnToolToServiceRequest } from './return-tool-to-service.request';

@ApiTags('resources')
@Controller('api/v1/resources/tools/:toolId/return-to-service')
export class ReturnToolToServiceController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** A tool returned while out of tolerance stays out of tolerance until a calibration in tolerance. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  giveBack(@Param() { toolId }: ToolParams, @Body() body: ReturnToolToServiceRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(tools, 'ReturnToolToService', toolId, { ...body, by: metadata.actor.id }, metadata);
  }
}
