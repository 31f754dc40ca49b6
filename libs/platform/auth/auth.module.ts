import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Clock } from '@repaero/event-sourcing';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, CLOCK } from '../tokens';
import { ChangeUserRolesController } from './change-user-roles/change-user-roles.controller';
import { CurrentUserController } from './current-user/current-user.controller';
import { DisableUserController } from './disable-user/disable-user.controller';
import { AuthGuard } from './guard/auth.guard';
import { IssueTokenController } from './issue-token/issue-token.controller';
import { SignInThrottle } from './issue-token/sign-in-throttle';
import { RegisterUserController } from './register-user/register-user.controller';
import { resolveJwtSecret } from './token/jwt-secret';
import { JWT_SECRET, TokenService } from './token/token.service';
import { UserAccounts } from './user-accounts.service';

/**
 * Users as an event-sourced aggregate, token endpoints and the global guard. Expects APP_CONFIG,
 * EVENT_STORE, CLOCK, ID_GENERATOR, UPCASTERS and LOGGER from global modules.
 */
@Module({
  controllers: [IssueTokenController, RegisterUserController, ChangeUserRolesController, DisableUserController, CurrentUserController],
  providers: [
    { provide: JWT_SECRET, useFactory: (config: AppConfig) => resolveJwtSecret(config), inject: [APP_CONFIG] },
    TokenService,
    UserAccounts,
    { provide: SignInThrottle, useFactory: (config: AppConfig, clock: Clock) => new SignInThrottle(config.auth.signIn, clock), inject: [APP_CONFIG, CLOCK] },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, UserAccounts],
})
export class AuthModule {}
