import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandContext } from '../../commands/command-metadata.decorator';
import { Roles } from '../guard/auth.decorators';
import { UserAccounts } from '../user-accounts.service';
import { usernameParam } from '../username-param';
import { ChangeUserRolesRequest, UserChangedResponse } from './change-user-roles.request';

@ApiTags('users')
@Controller('api/v1/users/:username/roles')
export class ChangeUserRolesController {
  constructor(private readonly accounts: UserAccounts) {}

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: "Replace a user's roles: they apply from the next request, tokens already issued included" })
  @ApiOkResponse({ type: UserChangedResponse })
  async change(
    @Param('username') username: string,
    @Body() body: ChangeUserRolesRequest,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<UserChangedResponse> {
    const { streamId, version, position } = await this.accounts.changeRoles(usernameParam(username), body.roles, metadata);
    return { streamId, version, position };
  }
}
