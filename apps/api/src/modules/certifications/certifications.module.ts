import { Module } from '@nestjs/common';

/** The certification reference list (with blocks) and the person's target certification. */
@Module({ providers: [] })
export class CertificationsModule {}
