import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HIRING_NEED_STATUS_LABELS, type HiringNeedStatus, rateBp } from '@tremplin/domain';
import type {
  HiringNeedEntity,
  HiringTargetEntity,
  PartnershipEntity,
  PartnershipGroupEntity,
  PartnerSiteEntity,
} from '../partner.entities';
import type { PartnershipProgress } from '../partners.service';

@ObjectType('PartnerSite', { description: 'Un site d’un employeur partenaire (résidence, agence).' })
export class PartnerSiteType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) addressLine!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => Int) version!: number;

  static from(e: PartnerSiteEntity): PartnerSiteType {
    return Object.assign(new PartnerSiteType(), {
      id: e.id,
      name: e.name,
      addressLine: e.addressLine,
      postalCode: e.postalCode,
      city: e.city,
      version: e.version,
    });
  }
}

@ObjectType('HiringProgress', {
  description: 'Embauches d’une année face à l’objectif (celui du partenariat, ou l’objectif partagé de son groupe).',
})
export class HiringProgressType {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'L’objectif de l’année ; null quand aucun n’est fixé.' })
  target!: number | null;
  @Field(() => Int, {
    description:
      'Embauches ayant commencé dans l’année, comptées face à l’objectif : chez l’employeur, ou chez chacun des employeurs d’un objectif partagé.',
  })
  hires!: number;
  @Field(() => Int, { description: 'Embauches chez cet employeur seulement (égales à hires sans objectif partagé).' })
  ownHires!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'hires en pourcentage de l’objectif, en points de base (3 000 = 30 %), arrondi comme les taux ; null sans objectif ou pour un objectif de 0.',
  })
  rateBp!: number | null;
  @Field({ description: 'Vrai quand l’objectif est partagé avec d’autres employeurs.' }) shared!: boolean;
  @Field(() => String, { nullable: true, description: 'Le nom de l’objectif partagé.' }) groupName!: string | null;
  @Field(() => [String], { description: 'Les autres employeurs qui partagent l’objectif, par nom (aucun sinon).' })
  sharedWith!: string[];

  static of(
    year: number,
    target: number | null,
    hires: number,
    share: { ownHires?: number; shared?: boolean; groupName?: string | null; sharedWith?: string[] } = {},
  ): HiringProgressType {
    return Object.assign(new HiringProgressType(), {
      year,
      target,
      hires,
      ownHires: share.ownHires ?? hires,
      rateBp: target === null ? null : rateBp(hires, target),
      shared: share.shared ?? false,
      groupName: share.groupName ?? null,
      sharedWith: share.sharedWith ?? [],
    });
  }

  /** The progress of a partnership: against its own target, or its group's. */
  static ofPartnership(year: number, p: PartnershipProgress | null): HiringProgressType {
    if (!p) return HiringProgressType.of(year, null, 0);
    return HiringProgressType.of(year, p.target, p.hires, {
      ownHires: p.ownHires,
      shared: p.groupName !== null,
      groupName: p.groupName,
      sharedWith: p.sharedWith,
    });
  }
}

@ObjectType('PartnershipGroup', {
  description:
    'Un objectif d’embauches partagé par plusieurs partenariats de ma structure : les embauches chez chacun de leurs employeurs comptent face à lui.',
})
export class PartnershipGroupType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) version!: number;

  static from(e: PartnershipGroupEntity): PartnershipGroupType {
    return Object.assign(new PartnershipGroupType(), { id: e.id, name: e.name, version: e.version });
  }
}

@ObjectType('HiringNeed', { description: 'Un besoin de recrutement d’un employeur partenaire.' })
export class HiringNeedType {
  @Field(() => ID) id!: string;
  @Field() jobTitle!: string;
  @Field(() => Int) positions!: number;
  @Field({ description: 'AAAA-MM-JJ.' }) startDate!: string;
  @Field(() => String, { nullable: true }) requirements!: string | null;
  @Field({ description: 'HiringNeedStatus : OPEN, FILLED, CLOSED.' }) status!: string;
  @Field() statusLabel!: string;
  @Field({ description: 'Saisi par l’employeur (sinon par une structure).' }) enteredByPartner!: boolean;
  @Field({
    description:
      'Saisi par une structure et partagé par l’employeur avec ses autres structures partenaires (sinon seuls ' +
      'l’employeur et la structure qui l’a saisi le voient). Sans objet pour un besoin saisi par l’employeur.',
  })
  sharedWithPartners!: boolean;
  @Field(() => Int) version!: number;

  /** Not exposed: resolved through loaders. */
  partnerOrganisationId!: string;
  siteId!: string | null;
  createdByStructureId!: string | null;

  static from(e: HiringNeedEntity): HiringNeedType {
    return Object.assign(new HiringNeedType(), {
      id: e.id,
      jobTitle: e.jobTitle,
      positions: e.positions,
      startDate: e.startDate,
      requirements: e.requirements,
      status: e.status,
      statusLabel: HIRING_NEED_STATUS_LABELS[e.status as HiringNeedStatus] ?? e.status,
      enteredByPartner: e.createdByStructureId === null,
      sharedWithPartners: e.sharedWithPartners,
      version: e.version,
      partnerOrganisationId: e.partnerOrganisationId,
      siteId: e.siteId,
      createdByStructureId: e.createdByStructureId,
    });
  }
}

@ObjectType('HiringTarget', {
  description: 'L’objectif d’embauches d’une année, d’un partenariat ou d’un objectif partagé.',
})
export class HiringTargetType {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) hires!: number;
  @Field(() => Int) version!: number;

  static from(e: HiringTargetEntity): HiringTargetType {
    return Object.assign(new HiringTargetType(), { id: e.id, year: e.year, hires: e.hires, version: e.version });
  }
}

@ObjectType('Partnership', { description: 'Le partenariat de ma structure avec un employeur (bailleur social).' })
export class PartnershipType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) startedOn!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; null tant qu’il est en cours.' })
  endedOn!: string | null;
  @Field(() => Int) version!: number;

  /** Not exposed: resolved through loaders. */
  structureId!: string;
  partnerOrganisationId!: string;
  groupId!: string | null;

  static from(e: PartnershipEntity): PartnershipType {
    return Object.assign(new PartnershipType(), {
      id: e.id,
      startedOn: e.startedOn,
      endedOn: e.endedOn,
      version: e.version,
      structureId: e.structureId,
      partnerOrganisationId: e.partnerOrganisationId,
      groupId: e.groupId,
    });
  }
}

@ObjectType('PortalPartnership', { description: 'Une structure partenaire et les embauches de l’année.' })
export class PortalPartnershipType {
  @Field() structureName!: string;
  @Field(() => HiringProgressType) progress!: HiringProgressType;
}

@ObjectType('PortalOverview', { description: 'Le tableau de bord du portail employeur.' })
export class PortalOverviewType {
  @Field() organisationName!: string;
  @Field(() => Int, { description: 'Propositions en attente de décision (proposées ou entretien demandé).' })
  proposalsAwaitingDecision!: number;
  @Field(() => Int, { description: 'Missions chez moi dont les heures sont à confirmer.' })
  hoursAwaitingConfirmation!: number;
  @Field(() => HiringProgressType, {
    description:
      'Toutes mes structures partenaires, pour l’année : mes embauches, face à la somme de mes objectifs quand aucun n’est partagé avec d’autres employeurs (sinon sans objectif : voir chaque partenariat).',
  })
  progress!: HiringProgressType;
  @Field(() => [PortalPartnershipType]) partnerships!: PortalPartnershipType[];
}
