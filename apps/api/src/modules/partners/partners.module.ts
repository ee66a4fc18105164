import { Module } from '@nestjs/common';
import { PartnerAdminResolver } from './partner-admin.resolver';
import { PartnerAdminService } from './partner-admin.service';
import { HiringNeedsResolver, PartnershipsResolver, PortalPartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';

/**
 * Partnerships with landlords and their yearly hiring targets, landlords' sites and hiring needs (both sides), and
 * the administrator's management of partner organisations, their sites and their reviewers' accounts.
 */
@Module({
  providers: [
    PartnersService,
    PartnershipsResolver,
    HiringNeedsResolver,
    PortalPartnersResolver,
    PartnerAdminService,
    PartnerAdminResolver,
  ],
  exports: [PartnersService],
})
export class PartnersModule {}
