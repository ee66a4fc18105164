import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ReportKind } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';

@InputType()
export class GenerateReportInput {
  @Field({ description: 'ReportKind : FSE_PLUS, OPCO, DDETS ou PARTNERSHIP.' })
  @IsIn(Object.values(ReportKind), { message: 'Choisissez le type de rapport (FSE+, OPCO, DDETS ou partenariat).' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'La convention (rapports FSE+, OPCO, DDETS).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez la convention.' })
  agreementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Le partenariat bailleur (rapport de partenariat).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le partenariat.' })
  partnershipId?: string | null;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de début de la période')
  periodStart!: string;

  @Field({ description: 'AAAA-MM-JJ, incluse.' })
  @Transform(trim)
  @IsIsoDay('La date de fin de la période')
  periodEnd!: string;
}
