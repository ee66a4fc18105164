import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  FUNDING_INDICATOR_LABELS,
  FUNDING_SOURCE_KIND_LABELS,
  type AgreementConsumption,
  type FundingIndicator,
  FundingSourceKind,
  fundingSourceUnit,
} from '@tremplin/domain';
import type { FundingAgreementEntity, FundingAllocationEntity } from '../funding.entities';

@ObjectType('AgreementConsumption', { description: 'Ce qu’une convention a consommé de ce qu’elle accorde.' })
export class AgreementConsumptionType {
  @Field(() => Int, { description: 'Heures imputées (formation, missions, accompagnement), en minutes.' })
  allocatedMinutes!: number;
  @Field(() => Float, {
    description:
      'Coût éligible imputé, en centimes : dépenses + temps d’accompagnement à son coût horaire (arrondi par imputation) + heures de formation et de mission au taux horaire de la convention (arrondi une fois par type).',
  })
  chargedCents!: number;
  @Field(() => Float, { description: 'Part du financeur : coût imputé × taux de cofinancement, arrondi au centime.' })
  fundedCents!: number;
  @Field(() => Float) grantedCents!: number;
  @Field(() => Float, { description: 'Accordé − financé (négatif en cas de dépassement).' })
  remainingCents!: number;
  @Field(() => Int, { description: 'Financé × 100 / accordé, arrondi à l’entier inférieur ; 0 si rien n’est accordé.' })
  consumedPercent!: number;

  static from(c: AgreementConsumption): AgreementConsumptionType {
    return Object.assign(new AgreementConsumptionType(), c);
  }
}

@ObjectType('FundingAgreement', {
  description: 'Une convention de financement : financeur, référence, période, montant, taux, périmètre, indicateurs.',
})
export class FundingAgreementType {
  @Field(() => ID) id!: string;
  @Field(() => ID) funderId!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ, incluse.' }) endDate!: string;
  @Field(() => Float, { description: 'Montant accordé, en centimes.' }) amountGrantedCents!: number;
  @Field(() => Int, { description: 'Taux de cofinancement, en points de base (6 000 = 60 %).' })
  coFinancingRateBp!: number;
  @Field(() => Int, { nullable: true, description: 'Valeur d’une heure imputée, en centimes.' })
  hourlyRateCents!: number | null;
  @Field(() => [String], { description: 'FundingSourceKind financés.' }) sourceKinds!: string[];
  @Field(() => [String], { description: 'Libellés des types de sources financés, dans le même ordre.' })
  sourceKindLabels!: string[];
  @Field(() => String, { nullable: true }) scope!: string | null;
  @Field(() => [String], { description: 'FundingIndicator exigés.' }) indicators!: string[];
  @Field(() => [String]) indicatorLabels!: string[];
  @Field(() => Int) version!: number;

  static from(e: FundingAgreementEntity): FundingAgreementType {
    return Object.assign(new FundingAgreementType(), {
      id: e.id,
      funderId: e.funderId,
      reference: e.reference,
      title: e.title,
      startDate: e.startDate,
      endDate: e.endDate,
      amountGrantedCents: Number(e.amountGrantedCents),
      coFinancingRateBp: e.coFinancingRateBp,
      hourlyRateCents: e.hourlyRateCents,
      sourceKinds: e.sourceKinds,
      sourceKindLabels: e.sourceKinds.map((k) => FUNDING_SOURCE_KIND_LABELS[k as FundingSourceKind] ?? k),
      scope: e.scope,
      indicators: e.indicators,
      indicatorLabels: e.indicators.map((i) => FUNDING_INDICATOR_LABELS[i as FundingIndicator] ?? i),
      version: e.version,
    });
  }
}

/** The source column of an allocation row, by kind. */
export function allocationSourceId(e: FundingAllocationEntity): string {
  switch (e.sourceKind as FundingSourceKind) {
    case FundingSourceKind.TRAINING_ATTENDANCE:
      return e.attendanceId as string;
    case FundingSourceKind.MISSION:
      return e.missionId as string;
    case FundingSourceKind.STAFF_TIME:
      return e.staffTimeEntryId as string;
    case FundingSourceKind.EXPENSE:
      return e.expenseId as string;
  }
  throw new Error(`Type de source inconnu : ${e.sourceKind}`);
}

@ObjectType('FundingAllocation', { description: 'La part d’une heure ou d’une dépense imputée à une convention.' })
export class FundingAllocationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) agreementId!: string;
  @Field({ description: 'FundingSourceKind.' }) sourceKind!: string;
  @Field() sourceKindLabel!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => Int, { description: 'Minutes (heures) ou centimes (dépenses).' }) quantity!: number;
  @Field({ description: 'MINUTES ou CENTS.' }) unit!: string;
  @Field(() => Int, { description: 'La version de l’imputation, à renvoyer pour la retirer.' }) version!: number;

  static from(e: FundingAllocationEntity): FundingAllocationType {
    return Object.assign(new FundingAllocationType(), {
      id: e.id,
      agreementId: e.agreementId,
      sourceKind: e.sourceKind,
      sourceKindLabel: FUNDING_SOURCE_KIND_LABELS[e.sourceKind as FundingSourceKind] ?? e.sourceKind,
      sourceId: allocationSourceId(e),
      quantity: e.quantity,
      unit: fundingSourceUnit(e.sourceKind as FundingSourceKind),
      version: e.version,
    });
  }
}
