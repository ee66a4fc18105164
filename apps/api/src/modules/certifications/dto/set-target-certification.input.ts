import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';

@InputType()
export class SetTargetCertificationInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'La certification visée ; null pour n’en viser aucune.' })
  @IsOptional()
  @IsString({ message: 'Choisissez la certification dans la liste.' })
  certificationId?: string | null;
}
