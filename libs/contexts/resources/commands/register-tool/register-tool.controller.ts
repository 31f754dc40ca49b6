import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { tools } from '../resources-aggregates';
import { RegisterToolRequest } from './register-tool.request';

class ToolRegisteredResponse extends CommandAcceptedDto {
  @ApiProperty({ example: 'TQW-0042' })
  toolId: string;
}

@ApiTags('resources')
@Controller('api/v1/resources/tools')
export class RegisterToolController {
  constructor(private readonly commands: AggregateCommandSender) {}

  /** 145.A.40: a calibrated tool enters the register with its interval, and its calibration on file if any. */
  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: ToolRegisteredResponse })
  async register(@Body() body: RegisterToolRequest, @CommandContext() metadata: CommandMetadata): Promise<ToolRegisteredResponse> {
    const { toolId, ...tool } = body;
    const accepted = await this.commands.send(tools, 'RegisterTool', toolId, { ...tool, by: metadata.actor.id }, metadata);
    return Object.assign(accepted, { toolId });
  }
}
