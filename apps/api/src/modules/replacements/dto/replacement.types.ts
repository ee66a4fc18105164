import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReplacementRequestEntity } from '../replacement.entities';
import { REPLACEMENT_STATUS_LABELS, type ReplacementStatus } from '../replacements.common';
import type { RankedCandidate } from '../ranking';

@ObjectType('ReplacementOffer', { description: 'Une offre envoyée à une personne, et sa réponse.' })
export class ReplacementOfferType {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'SENT, ACCEPTED, DECLINED ou TAKEN (place prise par une autre personne).' }) status!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType('ReplacementBlock', { description: 'Un bloc de compétences exigé par une demande de remplacement.' })
export class ReplacementBlockType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
}

@ObjectType('ReplacementRequest', { description: 'Une demande de remplacement urgent d’un employeur partenaire.' })
export class ReplacementRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) structureId!: string;
  @Field(() => ID) partnerOrganisationId!: string;
  @Field(() => ID) siteId!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field(() => Int) minutes!: number;
  @Field() jobLabel!: string;
  @Field(() => [ID]) requiredBlockIds!: string[];
  @Field() minLevel!: string;
  @Field(() => [String]) requiredClearances!: string[];
  @Field(() => GraphQLISODateTime) answerBy!: Date;
  @Field() status!: string;
  @Field() statusLabel!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) filledAt!: Date | null;
  @Field(() => ID, { nullable: true }) missionId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Int) version!: number;

  static from(e: ReplacementRequestEntity): ReplacementRequestType {
    return Object.assign(new ReplacementRequestType(), {
      id: e.id,
      structureId: e.structureId,
      partnerOrganisationId: e.partnerOrganisationId,
      siteId: e.siteId,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      minutes: e.minutes,
      jobLabel: e.jobLabel,
      requiredBlockIds: e.requiredBlockIds,
      minLevel: e.minLevel,
      requiredClearances: e.requiredClearances,
      answerBy: e.answerBy,
      status: e.status,
      statusLabel: REPLACEMENT_STATUS_LABELS[e.status as ReplacementStatus] ?? e.status,
      filledAt: e.filledAt,
      missionId: e.missionId,
      createdAt: e.createdAt,
      version: e.version,
    });
  }
}

@ObjectType('ReplacementReason', { description: 'Une raison, ligne par ligne : ok = false empêche d’y aller.' })
export class ReplacementReasonType {
  @Field({
    description: 'SKILLS, CLEARANCE, AVAILABILITY, ABSENCE, MISSION_OVERLAP, DISTANCE, HISTORY, FEEDBACK, CAP, WEEKLY.',
  })
  kind!: string;
  @Field() ok!: boolean;
  @Field() text!: string;
}

@ObjectType('ReplacementCandidate')
export class ReplacementCandidateType {
  @Field(() => ID) personId!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() canGo!: boolean;
  @Field(() => Int) score!: number;
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  @Field(() => Int, { nullable: true }) travelMinutes!: number | null;
  @Field(() => Int, { description: 'Minutes restant sous le plafond de 480 h chez cet employeur.' })
  capMinutesLeft!: number;
  @Field(() => Int, { description: 'Minutes restant sous les 48 h de la semaine.' }) weekMinutesLeft!: number;
  @Field(() => [ReplacementReasonType]) reasons!: ReplacementReasonType[];

  static from(c: RankedCandidate): ReplacementCandidateType {
    return Object.assign(new ReplacementCandidateType(), c);
  }

  /**
   * Someone who cannot go, with only what keeps them from going: the page lists them apart « with the reason », and
   * the other lines of hundreds of persons (distance, history, cap…) would be most of a 1 MB answer nobody reads
   * (docs/benchmarks.md, « Remplacements »).
   */
  static apart(c: RankedCandidate): ReplacementCandidateType {
    return Object.assign(new ReplacementCandidateType(), { ...c, reasons: c.reasons.filter((r) => !r.ok) });
  }
}

@ObjectType('ReplacementCandidates', {
  description: 'Ceux qui peuvent y aller, classés ; les autres à part, avec la raison.',
})
export class ReplacementCandidatesType {
  @Field(() => ReplacementRequestType) request!: ReplacementRequestType;
  @Field(() => [ReplacementCandidateType]) candidates!: ReplacementCandidateType[];
  @Field(() => [ReplacementCandidateType], {
    description: 'Ceux qui ne peuvent pas y aller, par nom, chacun avec les seules raisons qui l’en empêchent.',
  })
  excluded!: ReplacementCandidateType[];
  @Field(() => [ReplacementOfferType]) offers!: ReplacementOfferType[];
}

@ObjectType('PublicReplacementOffer', { description: 'Ce que montre le lien d’une offre : rien d’autre sur personne.' })
export class PublicReplacementOfferType {
  @Field() firstName!: string;
  @Field() jobLabel!: string;
  @Field() organisationName!: string;
  @Field(() => String, { nullable: true }) siteCity!: string | null;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field(() => Int) minutes!: number;
  @Field(() => GraphQLISODateTime) answerBy!: Date;
  @Field({ description: 'SENT, ACCEPTED, DECLINED ou TAKEN.' }) status!: string;
  @Field({ description: 'Vrai tant que la personne peut répondre.' }) answerable!: boolean;
  @Field(() => String, { nullable: true, description: 'Ce qui est dit à la personne après sa réponse.' })
  message!: string | null;
}

@ObjectType('ReplacementEmployerStats')
export class ReplacementEmployerStatsType {
  @Field(() => ID) partnerOrganisationId!: string;
  @Field() name!: string;
  @Field(() => Int) requests!: number;
  @Field(() => Int) filled!: number;
  @Field(() => Float, { description: 'Part des demandes pourvues (0 à 1).' }) fillRate!: number;
}

@ObjectType('ReplacementStats', { description: 'Les remplacements de l’année (demandes commençant dans l’année).' })
export class ReplacementStatsType {
  @Field(() => Int) year!: number;
  @Field(() => Int) requests!: number;
  @Field(() => Int) filled!: number;
  @Field(() => Int, { nullable: true, description: 'Temps médian entre la demande et l’acceptation, en minutes.' })
  medianMinutesToFill!: number | null;
  @Field(() => [ReplacementEmployerStatsType]) byEmployer!: ReplacementEmployerStatsType[];
}

@ObjectType('ReplacementStructure', { description: 'Une structure partenaire, à qui demander un remplacement.' })
export class ReplacementStructureType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('AvailabilitySlot', { description: 'Une plage de la semaine : jour ISO (1 = lundi) et minutes du jour.' })
export class AvailabilitySlotType {
  @Field(() => Int) weekday!: number;
  @Field(() => Int) startMinute!: number;
  @Field(() => Int, { description: '1440 = minuit en fin de journée.' }) endMinute!: number;
}

@ObjectType('PersonAbsence', { description: 'Une absence datée : aucun remplacement proposé ces jours-là.' })
export class PersonAbsenceType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ' }) startsOn!: string;
  @Field({ description: 'AAAA-MM-JJ, inclus.' }) endsOn!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field({ description: 'Vrai si l’absence est terminée.' }) past!: boolean;
}

@ObjectType('PersonClearance', { description: 'Une habilitation détenue, et son expiration.' })
export class PersonClearanceType {
  @Field({ description: '`ClearanceCode`.' }) code!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide : sans date de fin.' })
  expiresOn!: string | null;
  @Field({ description: 'Vrai si la date d’expiration est passée.' }) expired!: boolean;
}

@ObjectType('ClearanceChoice', { description: 'Une habilitation du catalogue (`ClearanceCode`) et son libellé.' })
export class ClearanceChoiceType {
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType('PersonAvailability', {
  description: 'Disponibilités de la semaine, absences et habilitations d’une personne (remplacements urgents).',
})
export class PersonAvailabilityType {
  @Field(() => ID) personId!: string;
  @Field(() => Int, { description: 'Version des plages de la semaine, à renvoyer à `setPersonAvailability`.' })
  version!: number;
  @Field(() => [AvailabilitySlotType], { description: 'Par jour puis par heure de début.' })
  slots!: AvailabilitySlotType[];
  @Field(() => [PersonAbsenceType], { description: 'En cours et à venir d’abord, les passées à la fin.' })
  absences!: PersonAbsenceType[];
  @Field(() => [PersonClearanceType]) clearances!: PersonClearanceType[];
  @Field(() => [ClearanceChoiceType], { description: 'Le catalogue des habilitations, pour les choisir.' })
  clearanceCatalogue!: ClearanceChoiceType[];
}
