import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';
import { IsDay } from './day.validator';
import { trimOrNull } from '../../../core/graphql/input-transforms';

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: 'Jour où la personne a été informée du traitement de ses données, AAAA-MM-JJ.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsDay('la date d’information', { notFuture: true })
  informationGivenOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Jour de l’accord de la personne, AAAA-MM-JJ ; null tant qu’elle n’a pas donné son accord.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsDay('la date de consentement', { notFuture: true })
  consentGivenOn?: string | null;
}
