import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { AccountSessionsService } from './two-factor/account-sessions.service';
import { TwoFactorResolver } from './two-factor/two-factor.resolver';
import { TwoFactorService } from './two-factor/two-factor.service';

@Module({
  providers: [
    SessionService,
    SignInThrottle,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    // Two-factor sign-in and « Mes sessions » (issue 15, point 5).
    TwoFactorService,
    AccountSessionsService,
    TwoFactorResolver,
  ],
  exports: [SessionService, TwoFactorService],
})
export class AuthModule {}
