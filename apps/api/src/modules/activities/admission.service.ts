import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AdmissionOutcome, type FieldError, formatIsoDateFr } from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError } from '../../core/errors/app-errors';
import { ExitPresenceService } from '../exit-presence';
import type { AdmissionDecisionEntity, EmploymentContractEntity } from './activity.entities';
import { AdmissionRepository } from './admission.repository';
import type { RecordAdmissionDecisionInput, RecordEmploymentContractInput } from './dto/admission.dto';

/** An employment contract's end, when it has one, on or after its start (the form and the caseload import). */
export function checkContractDates(c: { startDate: string; endDate?: string | null }): FieldError | null {
  if (c.endDate && c.endDate < c.startDate)
    return {
      field: 'endDate',
      message: `La fin du contrat (${formatIsoDateFr(c.endDate)}) précède son début (${formatIsoDateFr(c.startDate)}) : corrigez l’une des deux dates.`,
    };
  return null;
}

/** Stage 1's admission decision and the person's employment contract with the structure. */
@Injectable()
export class AdmissionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exitPresence: ExitPresenceService,
    private readonly admissions: AdmissionRepository,
  ) {}

  async recordDecision(
    structureId: string,
    userId: string,
    input: RecordAdmissionDecisionInput,
  ): Promise<AdmissionDecisionEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      if (input.outcome === AdmissionOutcome.REFUSED && !input.comment)
        throw new BadUserInputError([
          {
            field: 'comment',
            message:
              'Motivez la non-admission dans le commentaire : la personne et son prescripteur doivent en connaître la raison.',
          },
        ]);
      return this.admissions.createDecision(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          decidedOn: input.decidedOn,
          outcome: input.outcome,
          comment: input.comment ?? null,
        },
        tx,
      );
    });
  }

  async recordContract(
    structureId: string,
    userId: string,
    input: RecordEmploymentContractInput,
  ): Promise<EmploymentContractEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      const datesError = checkContractDates(input);
      if (datesError) throw new BadUserInputError([datesError]);
      const contract = await this.admissions.createEmploymentContract(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          kind: input.kind,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          weeklyMinutes: input.weeklyMinutes,
        },
        tx,
      );
      // The first contract's start is what an ACI / EI / EITI exit is judged on (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, [contract.personId]);
      return contract;
    });
  }

  /** The decisions of each person, latest first (one statement). */
  decisionsByPersons(structureId: string, personIds: readonly string[]): Promise<AdmissionDecisionEntity[][]> {
    return this.admissions.decisionsByPersons(structureId, personIds);
  }

  /** The contracts of each person, latest start first (one statement). */
  contractsByPersons(structureId: string, personIds: readonly string[]): Promise<EmploymentContractEntity[][]> {
    return this.admissions.contractsByPersons(structureId, personIds);
  }
}
