import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';

@ObjectType('PersonDataRetention', {
  description: 'Où en est la conservation du dossier d’une personne (docs/domain/retention.md).',
})
export class PersonDataRetentionType {
  @Field(() => ID) personId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Le dernier contact connu (AAAA-MM-JJ) ; null : contrat en cours.',
  })
  lastContactOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Le jour où le dossier sera anonymisé au plus tôt, hors gel (deux ans après le dernier contact).',
  })
  anonymisationOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Gel décidé par la direction : le motif.' })
  legalHoldReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Fin du gel (AAAA-MM-JJ) ; null : jusqu’à sa levée.' })
  legalHoldUntil!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Participant·e FSE+ : dossier gardé pour les contrôles jusqu’à ce jour (AAAA-MM-JJ).',
  })
  fseHoldUntil!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Avis envoyé au conseiller ou à la conseillère.' })
  noticeSentAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) anonymisedAt!: Date | null;
}

@InputType()
export class SetPersonLegalHoldInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: 'Pourquoi garder le dossier au-delà de la durée de conservation (contrôle, litige…).' })
  @Transform(trim)
  @IsString({ message: 'Le motif du gel doit être un texte.' })
  @MinLength(5, { message: 'Indiquez le motif du gel (5 caractères au moins) : un contrôle, un litige…' })
  @MaxLength(500, { message: 'Le motif du gel est trop long (500 caractères au plus).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide : jusqu’à la levée du gel.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de fin du gel')
  until?: string | null;
}

@InputType()
export class LiftPersonLegalHoldInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;
}
