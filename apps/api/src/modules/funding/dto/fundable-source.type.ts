import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SourceAllocation', { description: 'Ce qu’une convention finance d’une source.' })
export class SourceAllocationType {
  @Field(() => ID) agreementId!: string;
  @Field() agreementReference!: string;
  @Field(() => Int, { description: 'Minutes ou centimes.' }) quantity!: number;
}

@ObjectType('FundableSource', {
  description:
    'Une heure de formation suivie, une mission, un temps d’accompagnement ou une dépense, et ce qui en est déjà financé.',
})
export class FundableSourceType {
  @Field({ description: 'FundingSourceKind.' }) sourceKind!: string;
  @Field(() => ID) sourceId!: string;
  @Field({ description: 'AAAA-MM-JJ : jour de la session, début de la mission, jour travaillé, date de la dépense.' })
  date!: string;
  @Field() label!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field({ description: 'MINUTES ou CENTS.' }) unit!: string;
  @Field(() => Int) totalQuantity!: number;
  @Field(() => Int) allocatedQuantity!: number;
  @Field(() => Int) remainingQuantity!: number;
  @Field(() => [SourceAllocationType], { description: 'Par référence de convention.' })
  allocations!: SourceAllocationType[];
  @Field({
    description:
      'La version de la ligne (la source et ses imputations), à renvoyer dans `AllocateFundingInput.sourceVersions` : ' +
      'une ligne modifiée depuis est refusée (CONFLICT).',
  })
  version!: string;
}

@ObjectType('CsvExport', { description: 'Un fichier CSV (UTF-8 avec BOM, séparateur « ; », pour Excel).' })
export class CsvExportType {
  @Field() filename!: string;
  @Field() content!: string;
}
