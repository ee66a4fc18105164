import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { PassProlongationReason, PassSuspensionReason } from '@tremplin/domain';
import { IsDay } from './day.validator';
import { trim } from '../../../core/graphql/input-transforms';

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

  @Field(() => Int, { nullable: true, description: 'Version lue : obligatoire pour corriger un PASS IAE existant.' })
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

  @Field(() => Int, { description: 'Durée en mois.' })
  @IsInt({ message: 'La durée de prolongation est un nombre entier de mois.' })
  months!: number;
}
