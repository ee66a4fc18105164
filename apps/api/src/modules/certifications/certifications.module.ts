import { Module } from '@nestjs/common';
import { CertificationsResolver, PersonTargetCertificationResolver } from './certifications.resolver';
import { CertificationsRepository } from './certifications.repository';
import { CertificationsService } from './certifications.service';

/** The certification reference list (with blocks) and the person's target certification. */
@Module({
  providers: [
    CertificationsService,
    CertificationsRepository,
    CertificationsResolver,
    PersonTargetCertificationResolver,
  ],
  exports: [CertificationsService],
})
export class CertificationsModule {}
