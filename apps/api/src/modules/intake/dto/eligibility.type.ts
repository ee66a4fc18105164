import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DiagnosisAuthor,
  ELIGIBILITY_CRITERIA,
  EligibilityCriterionCode,
  proofExpiresOn,
  todayInParis,
} from '@tremplin/domain';
import type { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from '../eligibility-diagnosis.entity';
import { DIAGNOSIS_AUTHOR_LABELS } from '../intake-rules';

@ObjectType('EligibilityCriterion')
export class EligibilityCriterionType {
  @Field({ description: 'Code du critère (catalogue EligibilityCriterionCode).' }) code!: string;
  @Field() label!: string;
  @Field(() => Int, { description: 'Niveau 1 ou 2.' }) level!: number;
  @Field({ description: 'Le justificatif attendu pour ce critère.' }) proofLabel!: string;
  @Field(() => String, { nullable: true }) proofReference!: string | null;
  @Field({ description: 'Date du justificatif, AAAA-MM-JJ.' }) proofDate!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Dernier jour de validité du justificatif ; null s’il vaut tant que le document est valide.',
  })
  proofExpiresOn!: string | null;
  @Field({ description: 'Le justificatif est périmé aujourd’hui.' }) proofExpired!: boolean;
  @Field({ description: 'Critère sensible (santé, handicap, justice, difficultés sociales).' }) sensitive!: boolean;

  static from(e: EligibilityCriterionEntity, today = todayInParis()): EligibilityCriterionType {
    const code = e.code as EligibilityCriterionCode;
    const info = ELIGIBILITY_CRITERIA[code];
    const expiresOn = info ? proofExpiresOn(code, e.proofDate) : null;
    return Object.assign(new EligibilityCriterionType(), {
      code: e.code,
      label: info?.label ?? e.code,
      level: info?.level ?? 2,
      proofLabel: info?.proof ?? '',
      proofReference: e.proofReference,
      proofDate: e.proofDate,
      proofExpiresOn: expiresOn,
      proofExpired: expiresOn !== null && expiresOn < today,
      // A code no longer in the catalogue is treated as sensitive: better hidden than leaked.
      sensitive: info?.sensitive ?? true,
    });
  }
}

@ObjectType('EligibilityDiagnosis')
export class EligibilityDiagnosisType {
  @Field(() => ID) id!: string;
  @Field({ description: 'PRESCRIBER ou EMPLOYER (auto-prescription).' }) author!: string;
  @Field() authorLabel!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Qui a établi le diagnostic ; masqué (null) pour un prescripteur quand l’appelant ne voit pas les données sensibles (le nom peut révéler un SPIP, un CSAPA…).',
  })
  authorName!: string | null;
  @Field({ description: 'Date du diagnostic, AAAA-MM-JJ.' }) diagnosedOn!: string;
  @Field({
    description: 'Dernier jour de validité, AAAA-MM-JJ (6 mois pour un prescripteur, 92 jours en auto-prescription).',
  })
  validUntil!: string;
  @Field({ description: 'Le diagnostic est encore valable aujourd’hui.' }) valid!: boolean;

  static from(e: EligibilityDiagnosisEntity, today = todayInParis(), seeSensitive = true): EligibilityDiagnosisType {
    return Object.assign(new EligibilityDiagnosisType(), {
      id: e.id,
      author: e.author,
      authorLabel: DIAGNOSIS_AUTHOR_LABELS[e.author as DiagnosisAuthor] ?? e.author,
      authorName: seeSensitive || e.author === DiagnosisAuthor.EMPLOYER ? e.authorName : null,
      diagnosedOn: e.diagnosedOn,
      validUntil: e.validUntil,
      valid: today <= e.validUntil,
    });
  }
}
