import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  checkCriteriaCompatibility,
  checkEligibility,
  diagnosisValidUntil,
  DiagnosisAuthor,
  ELIGIBILITY_CRITERIA,
  EligibilityCriterionCode,
  type FieldError,
  formatIsoDateFr,
} from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError } from '../../core/errors/app-errors';
import { groupByKey } from '../../database/repository';
import { StructuresRepository } from '../structures';
import type { RecordEligibilityDiagnosisInput } from './dto/eligibility.input';
import type { EligibilityCriterionEntity, EligibilityDiagnosisEntity } from './eligibility-diagnosis.entity';
import { EligibilityRepository } from './eligibility.repository';

const CATALOGUE_ORDER = new Map(Object.values(EligibilityCriterionCode).map((c, i) => [c as string, i]));

/** Eligibility diagnoses: recorded only when the criteria make the person eligible for the structure's kind. */
@Injectable()
export class EligibilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: EligibilityRepository,
    private readonly structures: StructuresRepository,
  ) {}

  /** The diagnoses of each person, latest first, in key order: one statement. */
  diagnosesByPersons(structureId: string, personIds: readonly string[]): Promise<EligibilityDiagnosisEntity[][]> {
    return this.repo.diagnosesByPersons(structureId, personIds);
  }

  /** The criteria of each diagnosis, in catalogue order (level 1 first), in key order: one statement. */
  async criteriaByDiagnoses(
    structureId: string,
    diagnosisIds: readonly string[],
  ): Promise<EligibilityCriterionEntity[][]> {
    const ids = diagnosisIds.filter(isUuid);
    const rows = await this.repo.criteriaOf(structureId, ids);
    rows.sort((a, b) => (CATALOGUE_ORDER.get(a.code) ?? 999) - (CATALOGUE_ORDER.get(b.code) ?? 999));
    return groupByKey(diagnosisIds, rows, (c) => c.diagnosisId);
  }

  /**
   * Records a diagnosis and its criteria in one transaction. Refused (nothing written): a criterion ticked twice;
   * criteria that cannot both be true (senior and jeune, the two unemployment durations); a proof dated after the
   * diagnosis; for the structure's own diagnosis, no criterion or criteria that do not make the person eligible for
   * its kind (1 of level 1, or 2 of level 2 for AI / ETTI, 3 for ACI / EI / EITI) — an authorised prescriber's
   * diagnosis is not bound by that count. Codes, dates in the future and real days are checked by the input
   * validation. Rules: docs/domain/eligibility.md.
   */
  async record(
    structureId: string,
    userId: string,
    input: RecordEligibilityDiagnosisInput,
  ): Promise<EligibilityDiagnosisEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      const structure = await this.structures.get(structureId, tx);
      const codes = input.criteria.map((c) => c.code as EligibilityCriterionCode);
      const errors: FieldError[] = [];

      const duplicates = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
      if (duplicates.length)
        errors.push({
          field: 'criteria',
          message:
            duplicates.map((c) => `Le critère « ${ELIGIBILITY_CRITERIA[c].label} » est coché deux fois`).join(' ; ') +
            ' : gardez-en un seul, avec son justificatif le plus récent.',
        });

      const incompatible = checkCriteriaCompatibility(codes);
      if (incompatible) errors.push({ field: 'criteria', message: incompatible });

      input.criteria.forEach((c, i) => {
        if (c.proofDate > input.diagnosedOn)
          errors.push({
            field: `criteria.${i}.proofDate`,
            message:
              `Le justificatif du critère « ${ELIGIBILITY_CRITERIA[c.code as EligibilityCriterionCode].label} » est daté du ` +
              `${formatIsoDateFr(c.proofDate)}, après le diagnostic du ${formatIsoDateFr(input.diagnosedOn)} : ` +
              `le diagnostic s’appuie sur des justificatifs déjà produits, datés au plus tard du jour du diagnostic.`,
          });
      });

      const author = input.author as DiagnosisAuthor;
      const eligibility = checkEligibility(structure.kind, codes, author);
      if (!eligibility.eligible)
        errors.push({ field: 'criteria', message: eligibility.message ?? 'Critères insuffisants.' });
      else if (codes.length === 0 && author !== DiagnosisAuthor.PRESCRIBER)
        errors.push({
          field: 'criteria',
          message: 'Aucun critère retenu : cochez au moins un critère, avec son justificatif.',
        });

      if (errors.length) throw new BadUserInputError(errors);

      const diagnosis = await this.repo.createDiagnosis(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          author,
          authorName: input.authorName,
          diagnosedOn: input.diagnosedOn,
          validUntil: diagnosisValidUntil(author, input.diagnosedOn, structure.kind),
        },
        tx,
      );
      if (input.criteria.length)
        await this.repo.insertCriteria(
          input.criteria.map((c) => ({
            structureId,
            diagnosisId: diagnosis.id,
            code: c.code,
            proofReference: c.proofReference ?? null,
            proofDate: c.proofDate,
          })),
          tx,
        );
      return diagnosis;
    });
  }
}
