import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { ToolParams } from '../fields/resources-fields';
import { tools } from '../resources-aggregates';
import { WithdrawToolRequest } from './withdraw-tool.request';

@ApiTags('resources')
@Controller('api/v1/resources/tools/:toolId/withdrawal')
export class WithdrawToolController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  withdraw(@Param() { toolId }: ToolParams, @Body() body: WithdrawToolRequest, @CommandContext() metadata: CommandMetadata): Promise<CommandAcceptedDto> {
    return this.commands.send(tools, 'WithdrawTool', toolId, { ...body, by: metadata.actor.id }, metadata);
  }
}
