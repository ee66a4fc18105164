import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsIsoDay, trim, trimOrNull } from './activities.common';
import { MissionMonthType } from './mission-days.dto';

/** At most this many missions are confirmed at once (« Tout confirmer » on one page). */
export const CONFIRM_MAX_MISSIONS = 200;

@InputType()
export class CorrectMissionHoursInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  @IsNotEmpty({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante.' })
  version!: number;

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
    description: 'Un mot à l’employeur sur la correction, joint à sa notification (sans donnée personnelle).',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}

@InputType()
export class MissionVersionInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  @IsNotEmpty({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante.' })
  version!: number;
}

@InputType()
export class ConfirmMissionHoursInput {
  @Field(() => [MissionVersionInput], { description: `De 1 à ${CONFIRM_MAX_MISSIONS} missions, toutes à confirmer.` })
  @IsArray({ message: 'Choisissez les missions à confirmer.' })
  @ArrayMinSize(1, { message: 'Choisissez au moins une mission à confirmer.' })
  @ArrayMaxSize(CONFIRM_MAX_MISSIONS, {
    message: `Confirmez au plus ${CONFIRM_MAX_MISSIONS} missions à la fois.`,
  })
  @ValidateNested({ each: true })
  @Type(() => MissionVersionInput)
  missions!: MissionVersionInput[];

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}

@InputType()
export class DisputeMissionHoursInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  @IsNotEmpty({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante.' })
  version!: number;

  @Field({ description: 'Ce qui ne va pas dans les heures déclarées (5 à 2 000 caractères).' })
  @Transform(trim)
  @IsString({ message: 'Le motif de la contestation doit être un texte.' })
  @Length(5, 2000, {
    message: 'Expliquez ce qui ne va pas dans les heures : de 5 à 2 000 caractères.',
  })
  comment!: string;
}

@ObjectType('PortalMission', {
  description:
    'Une mission faite chez mon organisation, quelle que soit la personne. Le nom n’apparaît que si la personne vous a ' +
    'été proposée (proposition visible) ; sinon, la ligne ne porte aucune donnée sur elle.',
})
export class PortalMissionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'La structure d’insertion qui a déclaré la mission.' }) structureName!: string;
  @Field() kindLabel!: string;
  @Field(() => String, { nullable: true }) site!: string | null;
  @Field({ description: 'AAAA-MM-JJ' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ' }) endDate!: string;
  @Field(() => Int, { description: 'Heures déclarées, en minutes.' }) minutes!: number;
  @Field({ description: '`MissionHoursStatus`' }) hoursStatus!: string;
  @Field() hoursStatusLabel!: string;
  @Field(() => String, { nullable: true }) hoursReviewComment!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) hoursReviewedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Seulement si la personne a une proposition visible à mon organisation ; vide sinon.',
  })
  traineeName!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => [MissionMonthType], {
    description:
      'Les heures par mois (AAAA-MM), additionnées des jours saisis par l’encadrant·e ; vide quand la mission n’a ' +
      'pas de jours saisis.',
  })
  months!: MissionMonthType[];
}

@ObjectType('PortalMissionPage')
export class PortalMissionPageType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PortalMissionType]) items!: PortalMissionType[];
}
