import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  providers: [SessionService, SignInThrottle, AuthService, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService],
})
export class AuthModule {}
