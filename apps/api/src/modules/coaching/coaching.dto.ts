import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  COACHING_ALERT_MAX_DAYS,
  COACHING_ALERT_MIN_DAYS,
  COACHING_CONTACT_KIND_LABELS,
  COACHING_CONTACT_STATUS_LABELS,
  CoachingContactKind,
  CoachingContactStatus,
} from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../core/graphql/input-transforms';
import type { CoachingContactEntity } from './coaching.entities';
import type { PortalMediationRow } from './coaching.repository';

const NOTE_TOO_LONG = 'La note est trop longue (1 000 caractères au plus).';

@InputType()
export class SetMissionCoachInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field(() => Int, { description: 'La version de la mission lue (refus CONFLICT si elle a changé depuis).' })
  @IsInt({ message: 'Version de la mission manquante.' })
  version!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Le·la chargé·e d’accompagnement ; null pour n’en nommer aucun·e ; omis, inchangé.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le·la chargé·e d’accompagnement dans la liste.' })
  coachId?: string | null;
}

@InputType()
export class RecordCoachingContactInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field({ description: '`CoachingContactKind` : VISIT, CALL, MEDIATION.' })
  @IsIn(Object.values(CoachingContactKind), {
    message: 'Choisissez le type de contact : visite, appel ou médiation avec l’employeur.',
  })
  kind!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date du contact')
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: 'Une note courte (1 000 caractères au plus).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La note doit être un texte.' })
  @MaxLength(1000, { message: NOTE_TOO_LONG })
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Note confidentielle : lue seulement avec le droit de lecture des données sensibles.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Indiquez si la note est confidentielle (oui ou non).' })
  confidential?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'La demande de médiation de l’employeur que ce contact clôt (une médiation sur la même mission).',
  })
  @IsOptional()
  @IsString({ message: 'Identifiant de demande de médiation invalide.' })
  requestId?: string | null;
}

@InputType()
export class SetCoachingAlertDaysInput {
  @Field(() => Int, { description: 'Jours sans contact de suivi avant l’alerte (1 à 365).' })
  @IsInt({ message: 'Le nombre de jours doit être un nombre entier.' })
  @Min(COACHING_ALERT_MIN_DAYS, { message: 'Le nombre de jours doit être compris entre 1 et 365.' })
  @Max(COACHING_ALERT_MAX_DAYS, { message: 'Le nombre de jours doit être compris entre 1 et 365.' })
  alertDays!: number;
}

@InputType()
export class PortalRequestMediationInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field({ description: 'Le message court de l’employeur : ce qui motive la médiation (1 000 caractères au plus).' })
  @Transform(trim)
  @IsString({ message: 'Le message doit être un texte.' })
  @IsNotEmpty({ message: 'Dites en quelques mots ce qui motive la demande de médiation.' })
  @MaxLength(1000, { message: 'Le message est trop long (1 000 caractères au plus).' })
  message!: string;
}

@ObjectType('CoachingContact', {
  description: 'Un contact de suivi pendant une mission (visite, appel, médiation), ou une médiation demandée.',
})
export class CoachingContactType {
  @Field(() => ID) id!: string;
  @Field(() => ID) missionId!: string;
  @Field({ description: '`CoachingContactKind`' }) kind!: string;
  @Field() kindLabel!: string;
  @Field({ description: '`CoachingContactStatus` : REQUESTED (demandée par l’employeur), DONE.' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => String, {
    nullable: true,
    description: 'AAAA-MM-JJ ; vide tant que la médiation est seulement demandée.',
  })
  occurredOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() confidential!: boolean;
  @Field(() => String, { nullable: true, description: 'Le message de l’employeur, pour une médiation demandée.' })
  requestMessage!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) requestedAt!: Date | null;
  @Field(() => Int) version!: number;

  /** Resolved through the users loader. */
  authorId!: string | null;
  structureId!: string;

  static from(e: CoachingContactEntity): CoachingContactType {
    return Object.assign(new CoachingContactType(), {
      id: e.id,
      missionId: e.missionId,
      kind: e.kind,
      kindLabel: COACHING_CONTACT_KIND_LABELS[e.kind as CoachingContactKind] ?? e.kind,
      status: e.status,
      statusLabel: COACHING_CONTACT_STATUS_LABELS[e.status as CoachingContactStatus] ?? e.status,
      occurredOn: e.occurredOn,
      note: e.note,
      confidential: e.confidential,
      requestMessage: e.requestMessage,
      requestedAt: e.requestedAt,
      version: e.version,
      authorId: e.authorId,
      structureId: e.structureId,
    });
  }
}

@ObjectType('CoachingSettings', { description: 'Les règles de suivi en mission de ma structure.' })
export class CoachingSettingsType {
  @Field(() => Int, { description: 'Jours sans contact de suivi avant l’alerte (14 par défaut).' })
  alertDays!: number;
}

@ObjectType('PortalMediationRequest', {
  description: 'Une demande de médiation faite par mon organisation sur une mission qu’elle accueille.',
})
export class PortalMediationRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) missionId!: string;
  @Field({ description: 'REQUESTED (en attente) ou DONE (médiation faite).' }) status!: string;
  @Field() statusLabel!: string;
  @Field() message!: string;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Le jour de la médiation, une fois faite (AAAA-MM-JJ).' })
  heldOn!: string | null;

  static from(r: PortalMediationRow): PortalMediationRequestType {
    return Object.assign(new PortalMediationRequestType(), {
      id: r.id,
      missionId: r.missionId,
      status: r.status,
      statusLabel: COACHING_CONTACT_STATUS_LABELS[r.status as CoachingContactStatus] ?? r.status,
      message: r.requestMessage,
      requestedAt: r.requestedAt,
      heldOn: r.occurredOn,
    });
  }
}
