import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('DashboardFigure')
export class DashboardFigureType {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field({ description: 'count, rate_bp (6 250 = 62,5 %), minutes, cents.' }) unit!: string;
  @Field(() => Float, { nullable: true }) targetValue!: number | null;
  @Field(() => String, { nullable: true }) targetLabel!: string | null;
  @Field(() => String, { nullable: true }) definition!: string | null;
  @Field({ description: 'Vrai quand la liste des enregistrements derrière le chiffre peut être ouverte.' })
  drillable!: boolean;
}

@ObjectType('DashboardSeries')
export class DashboardSeriesType {
  @Field() label!: string;
  @Field(() => [Float], { nullable: 'items' }) values!: (number | null)[];
}

@ObjectType('DashboardChart')
export class DashboardChartType {
  @Field() code!: string;
  @Field({ description: 'bar ou grouped_bar.' }) kind!: string;
  @Field() title!: string;
  @Field() unit!: string;
  @Field(() => [String]) categories!: string[];
  @Field(() => [DashboardSeriesType]) series!: DashboardSeriesType[];
}

@ObjectType('DashboardSection')
export class DashboardSectionType {
  @Field() title!: string;
  @Field(() => [DashboardFigureType]) figures!: DashboardFigureType[];
  @Field(() => [DashboardChartType]) charts!: DashboardChartType[];
}

@ObjectType('Dashboard')
export class DashboardType {
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => String, { nullable: true, description: 'Null pour le réseau entier.' }) structureName!: string | null;
  @Field(() => [DashboardSectionType]) sections!: DashboardSectionType[];
}

@ObjectType('DashboardRecord')
export class DashboardRecordType {
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field({ description: '« Nom Prénom ».' }) label!: string;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType('DashboardRecordPage')
export class DashboardRecordPageType {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Int) totalCount!: number;
  @Field(() => [DashboardRecordType]) items!: DashboardRecordType[];
}

@ObjectType('StructureTarget')
export class StructureTargetType {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) dynamicExitRateBp!: number;
  @Field(() => Int) durableEmploymentRateBp!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class SetStructureTargetInput {
  @Field(() => Int)
  @IsInt({ message: 'L’année est un nombre entier.' })
  @Min(2000, { message: 'L’année est comprise entre 2000 et 2100.' })
  @Max(2100, { message: 'L’année est comprise entre 2000 et 2100.' })
  year!: number;

  @Field(() => Int, { description: 'Objectif de sorties dynamiques en points de base (6 000 = 60 %).' })
  @IsInt({ message: 'L’objectif de sorties dynamiques est un nombre entier de points de base.' })
  @Min(0, { message: 'L’objectif de sorties dynamiques est compris entre 0 et 100 %.' })
  @Max(10000, { message: 'L’objectif de sorties dynamiques est compris entre 0 et 100 %.' })
  dynamicExitRateBp!: number;

  @Field(() => Int, { description: 'Objectif d’emploi durable en points de base (2 500 = 25 %).' })
  @IsInt({ message: 'L’objectif d’emploi durable est un nombre entier de points de base.' })
  @Min(0, { message: 'L’objectif d’emploi durable est compris entre 0 et 100 %.' })
  @Max(10000, { message: 'L’objectif d’emploi durable est compris entre 0 et 100 %.' })
  durableEmploymentRateBp!: number;

  @Field(() => Int, { nullable: true, description: 'La version lue, pour modifier un objectif existant.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
