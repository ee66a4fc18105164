import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PATHWAY_EVENT_KIND_LABELS, PathwayEventKind } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../activities.common';
import type { PathwayEventEntity } from '../activity.entities';

@InputType()
export class RecordPathwayEventInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({
    description:
      '`PathwayEventKind` : SELECTION_INTERVIEW, PROJECT_EVALUATION, INTERVIEW_SIMULATION, TUTOR_MEETING, FOLLOW_UP_INTERVIEW, ONBOARDING_FOLLOW_UP.',
  })
  @IsIn(Object.values(PathwayEventKind), { message: 'Choisissez le type d’événement dans la liste.' })
  kind!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de l’événement')
  occurredOn!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'L’intitulé doit être un texte.' })
  @IsNotEmpty({ message: 'L’intitulé est obligatoire.' })
  @MaxLength(200, { message: 'L’intitulé est trop long (200 caractères au plus).' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Les notes doivent être un texte.' })
  @MaxLength(10000, { message: 'Les notes sont trop longues (10 000 caractères au plus).' })
  notes?: string | null;

  @Field({ description: 'Note confidentielle : visible des seuls rôles autorisés aux données sensibles.' })
  @IsBoolean({ message: 'Indiquez si la note est confidentielle.' })
  confidential!: boolean;
}

@ObjectType('PathwayEventAuthor')
export class PathwayEventAuthorType {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
}

@ObjectType('PathwayEvent', {
  description:
    'Entretien, évaluation du projet, simulation, rencontre tutorale, note de suivi… Confidentiel : masqué sans accès aux données sensibles.',
})
export class PathwayEventType {
  @Field(() => ID) id!: string;
  @Field({ description: '`PathwayEventKind`' }) kind!: string;
  @Field() kindLabel!: string;
  @Field({ description: 'AAAA-MM-JJ' }) occurredOn!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field() confidential!: boolean;

  /** Resolved through a loader. */
  createdById!: string | null;
  structureId!: string;

  static from(e: PathwayEventEntity): PathwayEventType {
    return Object.assign(new PathwayEventType(), {
      id: e.id,
      kind: e.kind,
      kindLabel: PATHWAY_EVENT_KIND_LABELS[e.kind as PathwayEventKind] ?? e.kind,
      occurredOn: e.occurredOn,
      title: e.title,
      notes: e.notes,
      confidential: e.confidential,
      createdById: e.createdById,
      structureId: e.structureId,
    });
  }
}
