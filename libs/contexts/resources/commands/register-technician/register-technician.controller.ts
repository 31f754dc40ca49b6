import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { AggregateCommandSender, CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { technicians } from '../resources-aggregates';
import { RegisterTechnicianRequest } from './register-technician.request';
import { technicianIdFor } from './technician-id';

class TechnicianRegisteredResponse extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  technicianId: string;
}

@ApiTags('resources')
@Controller('api/v1/resources/technicians')
export class RegisterTechnicianController {
  constructor(private readonly commands: AggregateCommandSender) {}

  @Post()
  @Roles('quality')
  @ApiCreatedResponse({ type: TechnicianRegisteredResponse })
  async register(@Body() body: RegisterTechnicianRequest, @CommandContext() metadata: CommandMetadata): Promise<TechnicianRegisteredResponse> {
    const technicianId = technicianIdFor(body.employeeNumber);
    const accepted = await this.commands.send(technicians, 'RegisterTechnician', technicianId, { ...body, by: metadata.actor.id }, metadata);
    return Object.assign(accepted, { technicianId });
  }
}
