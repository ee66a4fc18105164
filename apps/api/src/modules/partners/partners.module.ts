import { Module } from '@nestjs/common';
import { HiringNeedsResolver, PartnershipsResolver, PortalPartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';

/** Partnerships with landlords and their yearly hiring targets, landlords' sites and hiring needs (both sides). */
@Module({
  providers: [PartnersService, PartnershipsResolver, HiringNeedsResolver, PortalPartnersResolver],
  exports: [PartnersService],
})
export class PartnersModule {}
