import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@repaero/event-sourcing';
import type { Request } from 'express';
import { apiMetadata } from '../command-metadata';
import { CurrentActor } from '../current-actor';
import { Roles } from '../guard/auth.decorators';
import { UserAccounts } from '../user-accounts.service';
import { RegisterUserRequest, UserRegisteredResponse } from './register-user.request';

@ApiTags('users')
@Controller('api/v1/users')
export class RegisterUserController {
  constructor(private readonly accounts: UserAccounts) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a user' })
  @ApiCreatedResponse({ type: UserRegisteredResponse })
  async register(
    @Body() body: RegisterUserRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<UserRegisteredResponse> {
    const { userId, streamId, version, position } = await this.accounts.register(body, apiMetadata(actor, request));
    return { userId, streamId, version, position };
  }
}
