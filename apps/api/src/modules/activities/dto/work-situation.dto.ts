import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  IMMERSION_OBJECTIVE_LABELS,
  ImmersionObjective,
  inclusiveDays,
  MISSION_HOURS_STATUS_LABELS,
  MISSION_KIND_LABELS,
  MissionHoursStatus,
  MissionKind,
} from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../activities.common';
import type { ImmersionEntity, MissionEntity } from '../activity.entities';

@InputType()
export class RecordImmersionInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'Le bailleur ou partenaire qui accueille, s’il est dans la liste.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez l’organisation d’accueil dans la liste.' })
  hostOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nom de la structure d’accueil ; par défaut, celui de l’organisation partenaire choisie.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le nom de la structure d’accueil doit être un texte.' })
  @MaxLength(200, { message: 'Le nom de la structure d’accueil est trop long (200 caractères au plus).' })
  hostName?: string | null;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Le nom du tuteur ou de la tutrice d’accueil doit être un texte.' })
  @IsNotEmpty({
    message: 'Le nom du tuteur ou de la tutrice d’accueil est obligatoire (mention de la convention PMSMP).',
  })
  @MaxLength(200, { message: 'Le nom du tuteur ou de la tutrice d’accueil est trop long (200 caractères au plus).' })
  hostTutorName!: string;

  @Field({ description: '`ImmersionObjective` : DISCOVER_JOB, CONFIRM_PROJECT, INITIATE_RECRUITMENT.' })
  @IsIn(Object.values(ImmersionObjective), { message: 'Choisissez l’objectif de l’immersion (un seul par PMSMP).' })
  objective!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de début de l’immersion')
  startDate!: string;

  @Field({ description: 'AAAA-MM-JJ (30 jours calendaires au plus après le début, inclus).' })
  @IsIsoDay('La date de fin de l’immersion')
  endDate!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}

@ObjectType('Immersion', { description: 'Une période de mise en situation en milieu professionnel (PMSMP).' })
export class ImmersionType {
  @Field(() => ID) id!: string;
  @Field() hostName!: string;
  @Field() hostTutorName!: string;
  @Field({ description: '`ImmersionObjective`' }) objective!: string;
  @Field() objectiveLabel!: string;
  @Field({ description: 'AAAA-MM-JJ' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ' }) endDate!: string;
  @Field(() => Int, { description: 'Durée en jours calendaires, début et fin inclus.' }) days!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;

  /** Resolved through a loader. */
  hostOrganisationId!: string | null;

  static from(e: ImmersionEntity): ImmersionType {
    return Object.assign(new ImmersionType(), {
      id: e.id,
      hostName: e.hostName,
      hostTutorName: e.hostTutorName,
      objective: e.objective,
      objectiveLabel: IMMERSION_OBJECTIVE_LABELS[e.objective as ImmersionObjective] ?? e.objective,
      startDate: e.startDate,
      endDate: e.endDate,
      days: inclusiveDays(e.startDate, e.endDate),
      comment: e.comment,
      hostOrganisationId: e.hostOrganisationId,
    });
  }
}

@InputType()
export class RecordMissionInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: '`MissionKind` : TEST, REPLACEMENT, PLACEMENT (mise à disposition).' })
  @IsIn(Object.values(MissionKind), {
    message: 'Choisissez le type de mission : mission test, remplacement ou mise à disposition.',
  })
  kind!: string;

  @Field(() => ID)
  @IsString({ message: 'Choisissez l’organisation d’accueil dans la liste.' })
  @IsNotEmpty({ message: 'Choisissez l’organisation d’accueil dans la liste.' })
  hostOrganisationId!: string;

  @Field(() => String, { nullable: true, description: 'Résidence, adresse ou secteur.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le site doit être un texte.' })
  @MaxLength(200, { message: 'Le nom du site est trop long (200 caractères au plus).' })
  site?: string | null;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de début de la mission')
  startDate!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de fin de la mission')
  endDate!: string;

  @Field(() => Int, { description: 'Heures de la mission, en minutes.' })
  @IsInt({ message: 'Les heures de la mission doivent être un nombre entier de minutes.' })
  minutes!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Le retour du tuteur ou de la tutrice d’accueil sur le travail fait (partagé sur la fiche avec cet employeur).',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le retour du tuteur doit être un texte.' })
  @MaxLength(2000, { message: 'Le retour du tuteur est trop long (2 000 caractères au plus).' })
  tutorFeedback?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Le·la chargé·e d’accompagnement qui suit la personne pendant la mission (conseiller·ère ou direction).',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le·la chargé·e d’accompagnement dans la liste.' })
  coachId?: string | null;
}

@ObjectType('PlacementStatus', {
  description:
    'Cumul des mises à disposition d’une personne chez une organisation sur 24 mois glissants, face au plafond de 480 h ' +
    'des associations intermédiaires. Un avertissement, jamais un refus.',
})
export class PlacementStatusType {
  @Field(() => ID) hostOrganisationId!: string;
  @Field(() => Int, { description: 'Minutes de mise à disposition dans la fenêtre.' }) minutesInWindow!: number;
  @Field({ description: 'OK (moins de 400 h), NEAR (400 à 480 h), OVER (plus de 480 h).' }) level!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field({ description: 'Premier jour de la fenêtre de 24 mois, AAAA-MM-JJ.' }) windowStart!: string;
  @Field({ description: 'Dernier jour de la fenêtre, AAAA-MM-JJ.' }) windowEnd!: string;
}

@ObjectType('Mission', { description: 'Une mission rémunérée : mission test, remplacement ou mise à disposition.' })
export class MissionType {
  @Field(() => ID) id!: string;
  @Field({ description: '`MissionKind`' }) kind!: string;
  @Field() kindLabel!: string;
  @Field(() => String, { nullable: true }) site!: string | null;
  @Field({ description: 'AAAA-MM-JJ' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ' }) endDate!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => String, { nullable: true, description: 'Le retour du tuteur ou de la tutrice d’accueil.' })
  tutorFeedback!: string | null;
  @Field({ description: '`MissionHoursStatus` : PENDING, CONFIRMED (verrouillées), DISPUTED.' }) hoursStatus!: string;
  @Field() hoursStatusLabel!: string;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Quand l’employeur a confirmé ou contesté les heures.',
  })
  hoursReviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Le commentaire de l’employeur (motif de la contestation).' })
  hoursReviewComment!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true, description: 'Le·la chargé·e d’accompagnement de la mission (voir `coach`).' })
  coachId!: string | null;

  /** Resolved through loaders. */
  hostOrganisationId!: string;
  personId!: string;
  structureId!: string;

  static from(e: MissionEntity): MissionType {
    return Object.assign(new MissionType(), {
      id: e.id,
      kind: e.kind,
      kindLabel: MISSION_KIND_LABELS[e.kind as MissionKind] ?? e.kind,
      site: e.site,
      startDate: e.startDate,
      endDate: e.endDate,
      minutes: e.minutes,
      tutorFeedback: e.tutorFeedback,
      hoursStatus: e.hoursStatus,
      hoursStatusLabel: MISSION_HOURS_STATUS_LABELS[e.hoursStatus as MissionHoursStatus] ?? e.hoursStatus,
      hoursReviewedAt: e.hoursReviewedAt,
      hoursReviewComment: e.hoursReviewComment,
      version: e.version,
      coachId: e.coachId ?? null,
      hostOrganisationId: e.hostOrganisationId,
      personId: e.personId,
      structureId: e.structureId,
    });
  }
}
