import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@repaero/event-sourcing';
import type { Request } from 'express';
import type { AuthenticatedUser } from './token/authenticated-user';

type WithUser = Request & { user?: AuthenticatedUser };

export function userOf(request: Request): AuthenticatedUser | undefined {
  return (request as WithUser).user;
}

/** The caller of a guarded route; on a @Public() route there is none, which is a programming error. */
export function actorOf(request: Request): Actor {
  const user = userOf(request);
  if (!user) throw new UnauthorizedException('A bearer token is required');
  return user.actor;
}

/** The caller as an event-metadata Actor. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor => actorOf(context.switchToHttp().getRequest<Request>()),
);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = userOf(context.switchToHttp().getRequest<Request>());
  if (!user) throw new UnauthorizedException('A bearer token is required');
  return user;
});
