import { Body, Controller, ForbiddenException, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BusinessRuleViolation, type CommandMetadata } from '@repaero/event-sourcing';
import { CommandContext } from '../../commands/command-metadata.decorator';
import { CurrentUser } from '../current-actor';
import type { AuthenticatedUser } from '../token/authenticated-user';
import { UserAccounts } from '../user-accounts.service';
import { ChangeOwnPasswordRequest, CurrentUserResponse } from './current-user.request';

@ApiTags('users')
@Controller('api/v1/users/me')
export class CurrentUserController {
  constructor(private readonly accounts: UserAccounts) {}

  @Get()
  @ApiOperation({ summary: 'The caller, as the token describes them' })
  @ApiOkResponse({ type: CurrentUserResponse })
  me(@CurrentUser() user: AuthenticatedUser): CurrentUserResponse {
    return { id: user.actor.id, name: user.actor.name, roles: [...user.actor.roles], username: user.username, provider: user.provider };
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password of the calling local account' })
  @ApiNoContentResponse()
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangeOwnPasswordRequest,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<void> {
    if (user.provider !== 'local' || user.username === undefined) {
      throw new BusinessRuleViolation('user.password-managed-elsewhere', 'this account signs in through the identity provider');
    }
    if (!(await this.accounts.authenticate(user.username, body.currentPassword))) {
      throw new ForbiddenException('The current password is wrong');
    }
    await this.accounts.changePassword(user.username, body.newPassword, metadata);
  }
}
