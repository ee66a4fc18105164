import { Global, Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({ providers: [AuditService, AuditLogResolver], exports: [AuditService] })
export class AuditModule {}
