import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandContext } from '../../commands/command-metadata.decorator';
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
    @CommandContext() metadata: CommandMetadata,
  ): Promise<UserRegisteredResponse> {
    const { userId, streamId, version, position } = await this.accounts.register(body, metadata);
    return { userId, streamId, version, position };
  }
}
