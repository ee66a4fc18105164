import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { PassProlongationReason, PassSuspensionReason } from '@tremplin/domain';
import { IsDay } from './day.validator';
import { trim, trimOrNull } from '../../../core/graphql/input-transforms';

@InputType()
export class RecordPassIaeInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: '12 caractères, chiffres et lettres (espaces retirés, lettres mises en majuscules).' })
  @IsString({ message: 'Saisissez le numéro de PASS IAE : 12 caractères, chiffres et lettres majuscules.' })
  number!: string;

  @Field({ description: 'Premier jour de validité, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsDay('la date de début du PASS IAE')
  startDate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Date de fin affichée sur les emplois de l’inclusion, AAAA-MM-JJ, quand elle diffère de la date calculée : elle prime. Absente : inchangée ; null : retirée.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsDay('la date de fin officielle du PASS IAE')
  officialEndDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Version lue : obligatoire pour corriger le PASS IAE en vigueur. Sans version, un PASS IAE déjà enregistré est suivi d’un nouveau (après la fin du précédent).',
  })
  @IsOptional()
  @IsInt({ message: 'Version du PASS IAE invalide : rechargez la fiche.' })
  @Min(1, { message: 'Version du PASS IAE invalide : rechargez la fiche.' })
  version?: number | null;
}

@InputType()
export class SuspendPassIaeInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de PASS IAE manquant.' })
  passId!: string;

  @Field({ description: 'Premier jour de la suspension, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsDay('la date de début de la suspension')
  startDate!: string;

  @Field({ description: 'Dernier jour de la suspension, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsDay('la date de fin de la suspension')
  endDate!: string;

  @Field({ description: 'Motif (catalogue PassSuspensionReason).' })
  @IsIn(Object.values(PassSuspensionReason), { message: 'Motif de suspension inconnu : choisissez-le dans la liste.' })
  reason!: string;
}

@InputType()
export class ProlongPassIaeInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de PASS IAE manquant.' })
  passId!: string;

  @Field({ description: 'Motif (catalogue PassProlongationReason).' })
  @IsIn(Object.values(PassProlongationReason), {
    message: 'Motif de prolongation inconnu : choisissez-le dans la liste.',
  })
  reason!: string;

  @Field({ description: 'Dernier jour de la prolongation, AAAA-MM-JJ ; elle part de la fin actuelle du PASS IAE.' })
  @Transform(trim)
  @IsDay('la date de fin de la prolongation')
  endDate!: string;
}
