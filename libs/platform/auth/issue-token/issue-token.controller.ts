import { Body, Controller, Header, HttpCode, HttpException, HttpStatus, Inject, Optional, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { Metrics } from '../../observability/metrics.service';
import { LOGGER } from '../../tokens';
import { Public } from '../guard/auth.decorators';
import { TokenService } from '../token/token.service';
import { UserAccounts } from '../user-accounts.service';
import { IssuedTokenResponse, IssueTokenRequest } from './issue-token.request';
import { SignInThrottle } from './sign-in-throttle';

type RefusalReason = 'invalid-credentials' | 'throttled';

@ApiTags('auth')
@Controller('api/v1/auth/token')
export class IssueTokenController {
  private readonly refusals?: Counter<'reason'>;

  constructor(
    private readonly accounts: UserAccounts,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() metrics?: Metrics,
  ) {
    this.refusals = metrics
      ? new Counter({
          name: 'repaero_signin_refused_total',
          help: 'Sign-ins refused, by reason: invalid-credentials (unknown user, wrong password, disabled) or throttled (429).',
          labelNames: ['reason'] as const,
          registers: [metrics.registry],
        })
      : undefined;
  }

  @Public()
  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Exchange a username and password for a bearer token' })
  @ApiOkResponse({ type: IssuedTokenResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this username or address; see Retry-After.' })
  async issue(@Body() body: IssueTokenRequest, @Req() request: Request): Promise<IssuedTokenResponse> {
    const attempt = { username: body.username, address: request.ip };
    const verdict = this.throttle.check(attempt);
    if (!verdict.allowed) {
      this.refuse('throttled', body.username);
      throw new HttpException('Too many failed sign-ins: retry later', HttpStatus.TOO_MANY_REQUESTS, {
        cause: { retryAfterSeconds: verdict.retryAfterSeconds },
      });
    }
    const account = await this.accounts.authenticate(body.username, body.password);
    if (!account) {
      this.throttle.failed(attempt);
      this.refuse('invalid-credentials', body.username);
      throw new UnauthorizedException('Invalid username or password');
    }
    this.throttle.succeeded(attempt);
    return this.tokens.issue(account);
  }

  private refuse(reason: RefusalReason, username: string): void {
    this.refusals?.inc({ reason });
    this.logger.warn({ username, reason }, 'login refused');
  }
}
