import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandContext } from '../../commands/command-metadata.decorator';
import { UserChangedResponse } from '../change-user-roles/change-user-roles.request';
import { Roles } from '../guard/auth.decorators';
import { UserAccounts } from '../user-accounts.service';
import { usernameParam } from '../username-param';

@ApiTags('users')
@Controller('api/v1/users/:username/disable')
export class DisableUserController {
  constructor(private readonly accounts: UserAccounts) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Disable a user: sign-in and every token already issued are refused from the next request' })
  @ApiOkResponse({ type: UserChangedResponse })
  async disable(@Param('username') username: string, @CommandContext() metadata: CommandMetadata): Promise<UserChangedResponse> {
    const { streamId, version, position } = await this.accounts.disable(usernameParam(username), metadata);
    return { streamId, version, position };
  }
}
