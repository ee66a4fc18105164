import { Module } from '@nestjs/common';
import { AuthModule } from '../auth.module';
import { ProConnectController } from './proconnect.controller';
import { ProConnectRepository } from './proconnect.repository';
import { ProConnectService } from './proconnect.service';
import { SignInPolicyResolver } from './sign-in-policy.resolver';

/** Sign-in with ProConnect (docs/domain/proconnect.md) and the structure's choice to keep passwords or not. */
@Module({
  imports: [AuthModule],
  controllers: [ProConnectController],
  providers: [ProConnectService, ProConnectRepository, SignInPolicyResolver],
  exports: [ProConnectService],
})
export class ProConnectModule {}
