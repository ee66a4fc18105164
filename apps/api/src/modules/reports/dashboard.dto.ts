import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('DashboardFigurePart', {
  description: 'Un des deux comptes d’un taux (son numérateur ou son dénominateur) : un chiffre du tableau de bord.',
})
export class DashboardFigurePartType {
  @Field(() => String, { description: 'numerator ou denominator.' }) role!: 'numerator' | 'denominator';
  @Field({ description: 'Le code du chiffre, à passer à dashboardRecords.' }) code!: string;
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() unit!: string;
  @Field(() => String, { nullable: true }) definition!: string | null;
  @Field({ description: 'Vrai quand la liste des enregistrements de ce compte peut être ouverte.' })
  drillable!: boolean;
}

@ObjectType('DashboardFigure')
export class DashboardFigureType {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field({ description: 'count, rate_bp (6 250 = 62,5 %), minutes, cents.' }) unit!: string;
  @Field(() => Float, { nullable: true }) targetValue!: number | null;
  @Field(() => String, { nullable: true }) targetLabel!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'La valeur en pourcentage de son objectif ou du tout dont elle fait partie, en points de base (3 000 = 30 %), arrondi comme les taux ; nul sans pourcentage, ou quand le tout vaut 0.',
  })
  percentValue!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'De quoi le pourcentage est pris : « de l’objectif », « des sorties comptabilisées »… Nul sans pourcentage.',
  })
  percentOf!: string | null;
  @Field(() => String, { nullable: true }) definition!: string | null;
  @Field({ description: 'Vrai quand la liste des enregistrements derrière le chiffre peut être ouverte.' })
  drillable!: boolean;
  @Field(() => [DashboardFigurePartType], {
    description:
      'Les comptes dont un taux est fait (numérateur, puis dénominateur) : un taux n’a pas d’enregistrements à lui, ce sont ceux de ses comptes. Vide pour un compte.',
  })
  parts!: DashboardFigurePartType[];
  @Field(() => String, {
    nullable: true,
    description:
      'Pour un taux calculé sur moins de 5 sorties (ou personnes vérifiées) : « calculé sur 3 sorties : trop peu pour conclure ». Nul sinon.',
  })
  smallBaseNote!: string | null;
}

@ObjectType('DashboardRecordLink', {
  description:
    'Les enregistrements derrière une valeur d’un graphique : dashboardRecords(code, période du tableau de bord, month).',
})
export class DashboardRecordLinkType {
  @Field({ description: 'Le code du chiffre dont la valeur est faite.' }) code!: string;
  @Field({ description: 'Le libellé de ce chiffre.' }) label!: string;
  @Field(() => String, {
    nullable: true,
    description: 'AAAA-MM pour un graphique mensuel : les enregistrements de ce mois seulement. Nul sinon.',
  })
  month!: string | null;
  @Field({ description: 'Le début de la période que couvrent ces enregistrements (le mois borné par la période).' })
  periodStart!: string;
  @Field({ description: 'La fin de cette période.' }) periodEnd!: string;
}

@ObjectType('DashboardSeries')
export class DashboardSeriesType {
  @Field() label!: string;
  @Field(() => [Float], { nullable: 'items' }) values!: (number | null)[];
  @Field(() => [DashboardRecordLinkType], {
    nullable: 'items',
    description:
      'Pour chaque catégorie (dans l’ordre de categories), les enregistrements derrière la valeur ; nul quand la valeur n’en a pas (un objectif) ou qu’on ne peut pas les lire.',
  })
  links!: (DashboardRecordLinkType | null)[];
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
  @Field({ description: 'La période que couvrent les enregistrements (le mois demandé, borné par la période).' })
  periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => String, { nullable: true, description: 'Le mois demandé (AAAA-MM), s’il y en a un.' })
  month!: string | null;
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
