import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { requestContext } from '../../logging/request-context';
import { InvalidToken, type AuthenticatedUser } from '../token/authenticated-user';
import { currentAccess } from '../token/current-access';
import { TokenService } from '../token/token.service';
import { UserAccounts } from '../user-accounts.service';
import type { Role } from '../user/roles';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/** Installed globally: a route is closed unless it says @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: UserAccounts,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const user = await this.authenticate(request.headers.authorization);
    request.user = user;
    const scope = requestContext.of(request);
    if (scope) scope.userId = user.actor.id;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    const roles = user.actor.roles;
    if (required.length > 0 && !roles.includes('admin') && !required.some((role) => roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthenticatedUser> {
    if (!header) throw new UnauthorizedException('A bearer token is required');
    const token = BEARER.exec(header)?.[1];
    if (!token) throw invalidToken();
    let user: AuthenticatedUser;
    try {
      user = await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw invalidToken();
      throw error;
    }
    return user.provider === 'local' ? this.asTheStoreHasIt(user) : user;
  }

  /** Every request, not only sign-in: disabling an account or changing its roles counts at once, whoever recorded it. */
  private async asTheStoreHasIt(user: AuthenticatedUser): Promise<AuthenticatedUser> {
    if (user.username === undefined) throw invalidToken();
    const access = currentAccess(user, await this.accounts.current(user.username));
    if (access.status === 'granted') return access.user;
    throw access.reason === 'disabled' ? invalidToken('The account is disabled') : invalidToken();
  }
}

function invalidToken(detail = 'The bearer token is invalid or expired'): UnauthorizedException {
  return new UnauthorizedException(detail, { cause: { invalidToken: true } });
}
