import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { TUTOR_SIDE_LABELS, TutorSide } from '@tremplin/domain';
import { OptionalText, PersonName } from '../../../core/graphql/text-fields';
import { IsIsoDay, trimOrNull } from '../activities.common';
import type { TutorEntity, TutoringEntity } from '../activity.entities';
import { notEndedOn } from '../tutor-load';

@InputType()
export class CreateTutorInput {
  @Field({ description: '`TutorSide` : STRUCTURE (tuteur·rice de la structure) ou HOST (de l’entreprise d’accueil).' })
  @IsIn(Object.values(TutorSide), { message: 'Choisissez le côté du tutorat : structure ou entreprise d’accueil.' })
  side!: string;

  @Field()
  @PersonName('Le prénom')
  firstName!: string;

  @Field()
  @PersonName('Le nom')
  lastName!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('La fonction', 200, { feminine: true })
  jobTitle?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'L’organisation d’accueil : obligatoire pour un·e tuteur·rice d’entreprise d’accueil.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez l’organisation d’accueil dans la liste.' })
  partnerOrganisationId?: string | null;
}

@ObjectType('Tutor')
export class TutorType {
  @Field(() => ID) id!: string;
  @Field({ description: '`TutorSide`' }) side!: string;
  @Field() sideLabel!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;

  /** Resolved through loaders. */
  partnerOrganisationId!: string | null;
  structureId!: string;

  static from(e: TutorEntity): TutorType {
    return Object.assign(new TutorType(), {
      id: e.id,
      side: e.side,
      sideLabel: TUTOR_SIDE_LABELS[e.side as TutorSide] ?? e.side,
      firstName: e.firstName,
      lastName: e.lastName,
      fullName: `${e.firstName} ${e.lastName}`,
      jobTitle: e.jobTitle,
      partnerOrganisationId: e.partnerOrganisationId,
      structureId: e.structureId,
    });
  }
}

@InputType()
export class AssignTutorInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID)
  @IsString({ message: 'Choisissez le ou la tuteur·rice dans la liste.' })
  tutorId!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de début du tutorat')
  startDate!: string;
}

@InputType()
export class EndTutoringInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de tutorat manquant.' })
  tutoringId!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de fin du tutorat')
  endDate!: string;
}

@ObjectType('Tutoring', {
  description: 'Un·e tuteur·rice qui suit une personne, d’une date de début à une date de fin.',
})
export class TutoringType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide tant que le tutorat dure.' }) endDate!:
    string | null;
  @Field({ description: 'Pas encore terminé : sans date de fin, ou finissant aujourd’hui ou plus tard.' })
  active!: boolean;

  /** Resolved through a loader. */
  tutorId!: string;
  structureId!: string;

  static from(e: TutoringEntity, today: string): TutoringType {
    return Object.assign(new TutoringType(), {
      id: e.id,
      startDate: e.startDate,
      endDate: e.endDate,
      active: notEndedOn(e, today),
      tutorId: e.tutorId,
      structureId: e.structureId,
    });
  }
}
