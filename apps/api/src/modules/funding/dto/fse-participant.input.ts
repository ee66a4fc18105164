import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { FseExitSituation, FseGender, FseIscedLevel, FseLabourMarketStatus, FseSituation } from '@tremplin/domain';
import { IsIsoDay, trimOrNull } from '../funding.common';

/** What is collected at entry (every field may be completed later: `missing` lists what is left). */
@InputType({ isAbstract: true })
export class FseEntryFieldsInput {
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ, dans la période de l’opération.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date d’entrée')
  entryDate?: string | null;

  @Field(() => String, { nullable: true, description: 'FseGender : WOMAN, MAN, NON_BINARY.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(FseGender), { message: 'Choisissez le genre dans la liste.' })
  gender?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'FseLabourMarketStatus : LONG_TERM_UNEMPLOYED, UNEMPLOYED, INACTIVE, EMPLOYED.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(FseLabourMarketStatus), {
    message: 'Choisissez la situation sur le marché du travail dans la liste.',
  })
  labourMarketStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'FseIscedLevel : ISCED_0_2, ISCED_3_4, ISCED_5_8.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(FseIscedLevel), { message: 'Choisissez le niveau d’études dans la liste.' })
  iscedLevel?: string | null;

  @Field(() => [String], { nullable: true, description: 'FseSituation déclarées (donnée sensible).' })
  @IsOptional()
  @IsArray({ message: 'Les situations doivent être une liste.' })
  @ArrayUnique({ message: 'Une situation figure deux fois.' })
  @IsIn(Object.values(FseSituation), { each: true, message: 'Choisissez les situations dans la liste.' })
  situations?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true : a répondu aux questions de situation ; false : a refusé d’y répondre ; vide : pas encore.',
  })
  @IsOptional()
  @IsBoolean({ message: 'Indiquez si la personne a répondu aux questions de situation.' })
  situationsAnswered?: boolean | null;
}

@InputType()
export class EnrolFseParticipantInput extends FseEntryFieldsInput {
  @Field(() => ID, { description: 'Une convention dont le financeur est le FSE+.' })
  @IsString({ message: 'Choisissez la convention FSE+.' })
  agreementId!: string;

  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;
}

@InputType()
export class UpdateFseParticipantInput extends FseEntryFieldsInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de participant·e manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de sortie')
  exitDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'FseExitSituation : EMPLOYED, IN_EDUCATION_OR_TRAINING, GAINED_QUALIFICATION, JOB_SEARCHING, INACTIVE.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(FseExitSituation), { message: 'Choisissez la situation à la sortie dans la liste.' })
  exitSituation?: string | null;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ, à partir de 6 mois après la sortie.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date du suivi à 6 mois')
  sixMonthsCheckedOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Indiquez si la personne est en emploi 6 mois après la sortie.' })
  sixMonthsEmployed?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Indiquez si la situation de la personne s’est améliorée 6 mois après la sortie.' })
  sixMonthsImprovedSituation?: boolean | null;
}
