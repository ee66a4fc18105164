import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { AccountSessionsService } from './two-factor/account-sessions.service';
import { TwoFactorResolver } from './two-factor/two-factor.resolver';
import { TwoFactorRepository } from './two-factor/two-factor.repository';
import { TwoFactorService } from './two-factor/two-factor.service';

@Module({
  providers: [
    SessionService,
    SessionRepository,
    SignInThrottle,
    SignInThrottleRepository,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    // Two-factor sign-in and « Mes sessions » (issue 15, point 5).
    TwoFactorService,
    TwoFactorRepository,
    AccountSessionsService,
    TwoFactorResolver,
  ],
  exports: [SessionService, TwoFactorService],
})
export class AuthModule {}
