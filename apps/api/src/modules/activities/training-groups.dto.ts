import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AbsenceKind, formatMinutes, SessionKind } from '@tremplin/domain';
import { LineVersion } from '../../core/graphql/line-version';
import { IsIsoDay, trim, trimOrNull } from './activities.common';
import { CreateCollectiveSessionInput, SESSION_MAX_MINUTES } from './dto/collective-session.dto';
import type { TrainingGroupEntity } from './training-groups.entities';

/** At most this many members in a group, sessions in one series, lines in one save of the week grid. */
export const GROUP_MEMBER_LIMIT = 200;
export const SERIES_SESSION_LIMIT = 120;
export const ATTENDANCE_LINES_LIMIT = 1400;
/** At most this many staff assigned to one group. */
export const GROUP_SUPERVISOR_LIMIT = 20;

const memberIdsMessage = { message: 'Choisissez les personnes dans la liste.' };
const supervisorIdsMessage = { message: 'Choisissez les encadrant·es dans la liste.' };

@InputType()
export class CreateTrainingGroupInput {
  @Field()
  @Transform(trim)
  @IsString({ message: 'Le nom du groupe doit être un texte.' })
  @IsNotEmpty({ message: 'Le nom du groupe est obligatoire.' })
  @MaxLength(200, { message: 'Le nom du groupe est trop long (200 caractères au plus).' })
  name!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de début du groupe')
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide : groupe sans date de fin.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de fin du groupe')
  endsOn?: string | null;

  @Field(() => [ID], { description: `Les membres (${GROUP_MEMBER_LIMIT} au plus).` })
  @IsArray(memberIdsMessage)
  @IsString({ each: true, ...memberIdsMessage })
  @ArrayMaxSize(GROUP_MEMBER_LIMIT, { message: `Un groupe compte au plus ${GROUP_MEMBER_LIMIT} personnes.` })
  memberIds!: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Les encadrant·es, chargé·es d’insertion ou la direction assigné·es au groupe.',
  })
  @IsOptional()
  @IsArray(supervisorIdsMessage)
  @IsString({ each: true, ...supervisorIdsMessage })
  @ArrayMaxSize(GROUP_SUPERVISOR_LIMIT, {
    message: `Un groupe compte au plus ${GROUP_SUPERVISOR_LIMIT} encadrant·es.`,
  })
  supervisorIds?: string[] | null;
}

@InputType()
export class UpdateTrainingGroupInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de groupe manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version du groupe lue ; un groupe modifié depuis est refusé (CONFLICT).' })
  @IsInt({ message: 'La version du groupe est invalide : rechargez la page.' })
  @Min(1, { message: 'La version du groupe est invalide : rechargez la page.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Absent : inchangé.' })
  @Transform(trim)
  @IsOptional()
  @IsString({ message: 'Le nom du groupe doit être un texte.' })
  @IsNotEmpty({ message: 'Le nom du groupe ne peut pas être vide.' })
  @MaxLength(200, { message: 'Le nom du groupe est trop long (200 caractères au plus).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; absent : inchangé.' })
  @IsOptional()
  @IsIsoDay('La date de début du groupe')
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; absent : inchangé ; null : sans date de fin.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de fin du groupe')
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Personnes ajoutées au groupe.' })
  @IsOptional()
  @IsArray(memberIdsMessage)
  @IsString({ each: true, ...memberIdsMessage })
  @ArrayMaxSize(GROUP_MEMBER_LIMIT, { message: `Un groupe compte au plus ${GROUP_MEMBER_LIMIT} personnes.` })
  addMemberIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Personnes retirées du groupe.' })
  @IsOptional()
  @IsArray(memberIdsMessage)
  @IsString({ each: true, ...memberIdsMessage })
  @ArrayMaxSize(GROUP_MEMBER_LIMIT, { message: `Un groupe compte au plus ${GROUP_MEMBER_LIMIT} personnes.` })
  removeMemberIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'La liste complète des encadrant·es ; absent : inchangée.' })
  @IsOptional()
  @IsArray(supervisorIdsMessage)
  @IsString({ each: true, ...supervisorIdsMessage })
  @ArrayMaxSize(GROUP_SUPERVISOR_LIMIT, {
    message: `Un groupe compte au plus ${GROUP_SUPERVISOR_LIMIT} encadrant·es.`,
  })
  supervisorIds?: string[] | null;
}

@InputType()
export class CreateSessionSeriesInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez le groupe dans la liste.' })
  groupId!: string;

  @Field({ description: '`SessionKind` : INFORMATION, TRAINING, WORKSHOP.' })
  @IsIn(Object.values(SessionKind), {
    message: 'Choisissez le type de session : réunion d’information, formation ou atelier.',
  })
  kind!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'L’intitulé doit être un texte.' })
  @IsNotEmpty({ message: 'L’intitulé de la session est obligatoire.' })
  @MaxLength(200, { message: 'L’intitulé est trop long (200 caractères au plus).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Organisme de formation ; obligatoire pour une formation.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le nom de l’organisme de formation doit être un texte.' })
  @MaxLength(200, { message: 'Le nom de l’organisme de formation est trop long (200 caractères au plus).' })
  trainingBody?: string | null;

  @Field(() => ID, { nullable: true, description: 'Bloc de compétences travaillé, le cas échéant.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le bloc de compétences dans la liste.' })
  certificationBlockId?: string | null;

  @Field({ description: 'Première date de la série (AAAA-MM-JJ).' })
  @IsIsoDay('La date de début de la série')
  from!: string;

  @Field({ description: 'Dernière date de la série (AAAA-MM-JJ).' })
  @IsIsoDay('La date de fin de la série')
  to!: string;

  @Field(() => [Int], { description: 'Les jours de la semaine : 1 = lundi … 7 = dimanche.' })
  @IsArray({ message: 'Choisissez au moins un jour de la semaine.' })
  @ArrayMinSize(1, { message: 'Choisissez au moins un jour de la semaine.' })
  @ArrayMaxSize(7, { message: 'Une semaine compte sept jours : choisissez-en au plus sept.' })
  @IsInt({ each: true, message: 'Les jours de la semaine vont de 1 (lundi) à 7 (dimanche).' })
  @Min(1, { each: true, message: 'Les jours de la semaine vont de 1 (lundi) à 7 (dimanche).' })
  @Max(7, { each: true, message: 'Les jours de la semaine vont de 1 (lundi) à 7 (dimanche).' })
  weekdays!: number[];

  @Field(() => Int, { description: 'Durée prévue de chaque session, en minutes (24 h au plus).' })
  @IsInt({ message: 'La durée prévue doit être un nombre entier de minutes.' })
  @Min(1, { message: 'Saisissez la durée prévue de la session : au moins 1 minute.' })
  @Max(SESSION_MAX_MINUTES, {
    message: ({ value }) =>
      `Une session se tient sur une journée : ${formatMinutes(Number(value))} prévues, c’est plus de ${formatMinutes(SESSION_MAX_MINUTES)}. Vérifiez la durée.`,
  })
  plannedMinutes!: number;
}

/** What a session of a series shares with a single session (the rules of `createCollectiveSession`). */
export type SessionFields = Pick<
  CreateCollectiveSessionInput,
  'kind' | 'title' | 'trainingBody' | 'certificationBlockId' | 'plannedMinutes' | 'groupId'
>;

@InputType()
export class AttendanceLineInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de session manquant.' })
  sessionId!: string;

  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => Int, { description: 'Minutes de présence (0 à la durée prévue de la session).' })
  @IsInt({ message: 'La présence doit être un nombre entier de minutes.' })
  minutesAttended!: number;

  @Field(() => String, {
    nullable: true,
    description: '`AbsenceKind` : obligatoire quand la présence est inférieure à la durée prévue.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(AbsenceKind), { message: 'Choisissez le type d’absence : justifiée ou non justifiée.' })
  absence?: string | null;

  @LineVersion(
    'La version de la ligne lue (`SessionAttendance.version`) ; null pour une case encore vide. Une ligne modifiée ou ' +
      'ajoutée par quelqu’un d’autre depuis est refusée (CONFLICT, `extensions.changedLines`).',
    'la grille de la semaine',
  )
  version?: number | null;
}

@InputType()
export class RecordAttendanceLinesInput {
  @Field(() => [AttendanceLineInput], {
    description: `Les cases modifiées ou ajoutées de la grille (plusieurs sessions), ${ATTENDANCE_LINES_LIMIT} au plus.`,
  })
  @IsArray({ message: 'La grille doit être une liste de lignes.' })
  @ArrayMinSize(1, { message: 'Rien à enregistrer : modifiez au moins une case.' })
  @ArrayMaxSize(ATTENDANCE_LINES_LIMIT, {
    message: `Une grille s’enregistre en ${ATTENDANCE_LINES_LIMIT} lignes au plus : enregistrez-la en plusieurs fois.`,
  })
  @ValidateNested()
  @Type(() => AttendanceLineInput)
  lines!: AttendanceLineInput[];
}

@ObjectType('TrainingGroupSupervisor', { description: 'Un·e encadrant·e assigné·e à un groupe.' })
export class TrainingGroupSupervisorType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

@ObjectType('TrainingGroup', {
  description: 'Un groupe de formation (« promotion ») : ses membres, ses encadrant·es, ses sessions.',
})
export class TrainingGroupType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'AAAA-MM-JJ' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' }) endsOn!: string | null;
  @Field(() => Int, { description: 'La version du groupe, à renvoyer avec une modification.' }) version!: number;

  /** Scopes the loaders. */
  structureId!: string;

  static from(e: TrainingGroupEntity): TrainingGroupType {
    return Object.assign(new TrainingGroupType(), {
      id: e.id,
      name: e.name,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      version: e.version,
      structureId: e.structureId,
    });
  }
}
