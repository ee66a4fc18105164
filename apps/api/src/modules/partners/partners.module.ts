import { Module } from '@nestjs/common';
import { PartnerAdminResolver } from './partner-admin.resolver';
import { PartnerAdminRepository } from './partner-admin.repository';
import { PartnerAdminService } from './partner-admin.service';
import {
  HiringNeedsResolver,
  PartnershipGroupsResolver,
  PartnershipsResolver,
  PortalPartnersResolver,
} from './partners.resolver';
import { PartnersRepository } from './partners.repository';
import { PartnersService } from './partners.service';
import { PartnershipGroupsRepository } from './partnership-groups.repository';
import { PartnershipGroupsService } from './partnership-groups.service';

/**
 * Partnerships with landlords and their yearly hiring targets (their own, or shared by a group of partnerships),
 * landlords' sites and hiring needs (both sides), and
 * the administrator's management of partner organisations, their sites and their reviewers' accounts.
 */
@Module({
  providers: [
    PartnersRepository,
    PartnershipGroupsRepository,
    PartnerAdminRepository,
    PartnersService,
    PartnershipGroupsService,
    PartnershipsResolver,
    PartnershipGroupsResolver,
    HiringNeedsResolver,
    PortalPartnersResolver,
    PartnerAdminService,
    PartnerAdminResolver,
  ],
  exports: [PartnersService, PartnersRepository],
})
export class PartnersModule {}
