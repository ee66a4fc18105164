import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
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
import { ABSENCE_KIND_LABELS, AbsenceKind, formatMinutes, SESSION_KIND_LABELS, SessionKind } from '@tremplin/domain';
import { LineVersion } from '../../../core/graphql/line-version';
import { IsIsoDay, trim, trimOrNull } from '../activities.common';
import type { CollectiveSessionEntity, SessionAttendanceEntity } from '../activity.entities';

/** A collective session takes place on one day. */
export const SESSION_MAX_MINUTES = 24 * 60;
/** At most this many sessions listed at once, and this many persons on one attendance grid. */
export const SESSION_LIST_LIMIT = 200;
export const ATTENDANCE_GRID_LIMIT = 200;

@ArgsType()
export class CollectiveSessionsArgs {
  @Field(() => String, { nullable: true, description: '`SessionKind` : INFORMATION, TRAINING, WORKSHOP.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(SessionKind), { message: 'Choisissez le type de session dans la liste.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Sessions datées de ce jour ou après (AAAA-MM-JJ).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de début de la période')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Sessions datées de ce jour ou avant (AAAA-MM-JJ).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de fin de la période')
  to?: string | null;
}

@InputType()
export class CreateCollectiveSessionInput {
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

  @Field(() => String, {
    nullable: true,
    description: 'Organisme de formation ; obligatoire pour une session de formation.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le nom de l’organisme de formation doit être un texte.' })
  @MaxLength(200, { message: 'Le nom de l’organisme de formation est trop long (200 caractères au plus).' })
  trainingBody?: string | null;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de la session')
  sessionDate!: string;

  @Field(() => Int, { description: 'Durée prévue, en minutes (24 h au plus).' })
  @IsInt({ message: 'La durée prévue doit être un nombre entier de minutes.' })
  @Min(1, { message: 'Saisissez la durée prévue de la session : au moins 1 minute.' })
  @Max(SESSION_MAX_MINUTES, {
    message: ({ value }) =>
      `Une session se tient sur une journée : ${formatMinutes(Number(value))} prévues, c’est plus de ${formatMinutes(SESSION_MAX_MINUTES)}. Vérifiez la durée.`,
  })
  plannedMinutes!: number;

  @Field(() => ID, { nullable: true, description: 'Bloc de compétences travaillé, le cas échéant.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le bloc de compétences dans la liste.' })
  certificationBlockId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Le groupe de formation de la session : sa feuille d’émargement part de ses membres.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le groupe dans la liste.' })
  groupId?: string | null;
}

@InputType()
export class AttendanceEntryInput {
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
    'La version de la ligne lue (`SessionAttendance.version`) ; null pour une personne qui n’avait pas de ligne. ' +
      'Une ligne modifiée ou ajoutée par quelqu’un d’autre depuis est refusée (CONFLICT, `extensions.changedLines`). ' +
      'Sans ce champ, la ligne est prise comme lue à sa première version.',
    'la feuille d’émargement',
  )
  version?: number | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de session manquant.' })
  sessionId!: string;

  @Field(() => [AttendanceEntryInput], {
    description:
      'Les lignes modifiées ou ajoutées de la feuille d’émargement, une par personne (les autres lignes restent telles quelles).',
  })
  @IsArray({ message: 'La feuille d’émargement doit être une liste de personnes.' })
  @ArrayMinSize(1, { message: 'La feuille d’émargement est vide : ajoutez au moins une personne.' })
  @ArrayMaxSize(ATTENDANCE_GRID_LIMIT, {
    message: `Une feuille d’émargement compte au plus ${ATTENDANCE_GRID_LIMIT} personnes.`,
  })
  @ValidateNested()
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@ObjectType('CollectiveSession', { description: 'Réunion d’information, session de formation ou atelier collectif.' })
export class CollectiveSessionType {
  @Field(() => ID) id!: string;
  @Field({ description: '`SessionKind`' }) kind!: string;
  @Field() kindLabel!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) trainingBody!: string | null;
  @Field({ description: 'AAAA-MM-JJ' }) sessionDate!: string;
  @Field(() => Int) plannedMinutes!: number;
  @Field(() => ID, { nullable: true, description: 'Bloc de compétences travaillé, le cas échéant.' })
  certificationBlockId!: string | null;

  /** Scopes the attendance loader. */
  structureId!: string;
  /** Resolved through a loader (`group`). */
  groupId!: string | null;

  static from(e: CollectiveSessionEntity): CollectiveSessionType {
    return Object.assign(new CollectiveSessionType(), {
      id: e.id,
      kind: e.kind,
      kindLabel: SESSION_KIND_LABELS[e.kind as SessionKind] ?? e.kind,
      title: e.title,
      trainingBody: e.trainingBody,
      sessionDate: e.sessionDate,
      plannedMinutes: e.plannedMinutes,
      certificationBlockId: e.certificationBlockId,
      structureId: e.structureId,
      groupId: e.groupId ?? null,
    });
  }
}

@ObjectType('SessionAttendee', { description: 'Ce qu’une feuille d’émargement montre d’une personne.' })
export class SessionAttendeeType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

export function absenceLabel(absence: string | null): string | null {
  return absence ? (ABSENCE_KIND_LABELS[absence as AbsenceKind] ?? absence) : null;
}

@ObjectType('SessionAttendance', { description: 'Une ligne de la feuille d’émargement.' })
export class SessionAttendanceType {
  @Field(() => ID) id!: string;
  @Field(() => Int) minutesAttended!: number;
  @Field(() => String, { nullable: true, description: '`AbsenceKind`' }) absence!: string | null;
  @Field(() => String, { nullable: true }) absenceLabel!: string | null;
  @Field(() => Int, { description: 'La version de la ligne, à renvoyer avec elle quand on la modifie.' })
  version!: number;

  /** Resolved through a loader. */
  personId!: string;
  structureId!: string;

  static from(e: SessionAttendanceEntity): SessionAttendanceType {
    return Object.assign(new SessionAttendanceType(), {
      id: e.id,
      minutesAttended: e.minutesAttended,
      absence: e.absence,
      absenceLabel: absenceLabel(e.absence),
      version: e.version,
      personId: e.personId,
      structureId: e.structureId,
    });
  }
}

@ObjectType('PersonAttendance', { description: 'La présence d’une personne à une session collective.' })
export class PersonAttendanceType {
  @Field(() => ID) id!: string;
  @Field(() => CollectiveSessionType) session!: CollectiveSessionType;
  @Field(() => Int) minutesAttended!: number;
  @Field(() => String, { nullable: true, description: '`AbsenceKind`' }) absence!: string | null;
  @Field(() => String, { nullable: true }) absenceLabel!: string | null;

  static from(e: SessionAttendanceEntity & { session: CollectiveSessionEntity }): PersonAttendanceType {
    return Object.assign(new PersonAttendanceType(), {
      id: e.id,
      session: CollectiveSessionType.from(e.session),
      minutesAttended: e.minutesAttended,
      absence: e.absence,
      absenceLabel: absenceLabel(e.absence),
    });
  }
}

@ObjectType('TrainingHours', {
  description: 'Heures des sessions de formation où la personne est inscrite (a une ligne d’émargement), en minutes.',
})
export class TrainingHoursType {
  @Field(() => Int, { description: 'Durée prévue de toutes ces sessions.' }) plannedMinutes!: number;
  @Field(() => Int, { description: 'Minutes de présence émargées.' }) attendedMinutes!: number;
  @Field(() => Int, { description: 'Durée prévue des sessions datées d’aujourd’hui ou avant.' })
  plannedToDateMinutes!: number;
}
