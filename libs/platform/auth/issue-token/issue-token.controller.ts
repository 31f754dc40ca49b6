import { Body, Controller, Header, HttpCode, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { LOGGER } from '../../tokens';
import { Public } from '../guard/auth.decorators';
import { TokenService } from '../token/token.service';
import { UserAccounts } from '../user-accounts.service';
import { IssuedTokenResponse, IssueTokenRequest } from './issue-token.request';

@ApiTags('auth')
@Controller('api/v1/auth/token')
export class IssueTokenController {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly tokens: TokenService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Exchange a username and password for a bearer token' })
  @ApiOkResponse({ type: IssuedTokenResponse })
  async issue(@Body() body: IssueTokenRequest): Promise<IssuedTokenResponse> {
    const account = await this.accounts.authenticate(body.username, body.password);
    if (!account) {
      this.logger.warn({ username: body.username }, 'login refused');
      throw new UnauthorizedException('Invalid username or password');
    }
    return this.tokens.issue(account);
  }
}
