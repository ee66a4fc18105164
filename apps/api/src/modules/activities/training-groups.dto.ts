import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, ObjectType, OmitType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsIsoDay, trim, trimOrNull } from './activities.common';
import { AttendanceEntryInput, CreateCollectiveSessionInput } from './dto/collective-session.dto';
import type { TrainingGroupEntity } from './training-groups.entities';

/** At most this many members in a group, sessions in one series, lines in one save of the week grid. */
export const GROUP_MEMBER_LIMIT = 200;
export const SERIES_SESSION_LIMIT = 120;
export const ATTENDANCE_LINES_LIMIT = 1400;
/** At most this many staff assigned to one group. */
export const GROUP_SUPERVISOR_LIMIT = 20;

/** A list of ids picked in a list (persons, staff), at most `max`. */
function IdList(description: string, nullable: boolean, what: string, max: number, maxMessage: string) {
  const message = { message: `Choisissez ${what} dans la liste.` };
  return applyDecorators(
    Field(() => [ID], { nullable, description }),
    ...(nullable ? [IsOptional()] : []),
    IsArray(message),
    IsString({ each: true, ...message }),
    ArrayMaxSize(max, { message: maxMessage }),
  );
}
const MEMBERS_MAX = `Un groupe compte au plus ${GROUP_MEMBER_LIMIT} personnes.`;
const SUPERVISORS_MAX = `Un groupe compte au plus ${GROUP_SUPERVISOR_LIMIT} encadrant·es.`;

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

  @IdList(`Les membres (${GROUP_MEMBER_LIMIT} au plus).`, false, 'les personnes', GROUP_MEMBER_LIMIT, MEMBERS_MAX)
  memberIds!: string[];

  @IdList(
    'Les encadrant·es, chargé·es d’insertion ou la direction assigné·es au groupe.',
    true,
    'les encadrant·es',
    GROUP_SUPERVISOR_LIMIT,
    SUPERVISORS_MAX,
  )
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

  @IdList('Personnes ajoutées au groupe.', true, 'les personnes', GROUP_MEMBER_LIMIT, MEMBERS_MAX)
  addMemberIds?: string[] | null;

  @IdList('Personnes retirées du groupe.', true, 'les personnes', GROUP_MEMBER_LIMIT, MEMBERS_MAX)
  removeMemberIds?: string[] | null;

  @IdList(
    'La liste complète des encadrant·es ; absent : inchangée.',
    true,
    'les encadrant·es',
    GROUP_SUPERVISOR_LIMIT,
    SUPERVISORS_MAX,
  )
  supervisorIds?: string[] | null;
}

/** The fields of a single session but its date, for each day of the series (`createCollectiveSession`'s rules). */
@InputType()
export class CreateSessionSeriesInput extends OmitType(
  CreateCollectiveSessionInput,
  ['sessionDate', 'groupId'] as const,
  InputType,
) {
  @Field(() => ID)
  @IsString({ message: 'Choisissez le groupe dans la liste.' })
  groupId!: string;

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
}

/** What a session of a series shares with a single session (the rules of `createCollectiveSession`). */
export type SessionFields = Pick<
  CreateCollectiveSessionInput,
  'kind' | 'title' | 'trainingBody' | 'certificationBlockId' | 'plannedMinutes' | 'groupId'
>;

/** A case of the week grid: a line of a sheet (`AttendanceEntryInput`, the same rules) and its session. */
@InputType()
export class AttendanceLineInput extends AttendanceEntryInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de session manquant.' })
  sessionId!: string;
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
