import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkRetentionCheck, todayInParis } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import type { PartnerOrganisationEntity } from '../structures';
import type { RecordHireInput, RecordRetentionCheckInput } from './dto/hire.input';
import { HiresRepository } from './hires.repository';
import type { HireEntity, RetentionCheckEntity } from './outcome.entities';
import { OUTCOME_MESSAGES } from './outcomes.common';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** Hires and their 6- and 12-month retention checks. Every query is scoped by the caller's structure. */
@Injectable()
export class HiresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hires: HiresRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Records a hire; in the caller's transaction when `manager` is given (a hire recorded from a proposal). */
  async recordHire(
    structureId: string,
    userId: string,
    input: RecordHireInput,
    manager?: EntityManager,
  ): Promise<HireEntity> {
    const run = async (tx: EntityManager): Promise<HireEntity> => {
      const person = await requirePerson(tx, structureId, input.personId);
      let employerName = input.employerName ?? null;
      if (input.employerOrganisationId) {
        const organisation = await this.hires.findOrganisation(input.employerOrganisationId, tx);
        if (!organisation)
          throw new BadUserInputError([
            { field: 'employerOrganisationId', message: OUTCOME_MESSAGES.employerNotFound },
          ]);
        employerName ??= organisation.name;
      }
      if (!employerName)
        throw new BadUserInputError([
          {
            field: 'employerName',
            message: 'Le nom de l’employeur est obligatoire, ou choisissez une organisation partenaire.',
          },
        ]);
      return this.hires.createHire(
        {
          structureId,
          personId: person.id,
          createdById: userId,
          employerOrganisationId: input.employerOrganisationId ?? null,
          employerName,
          contractType: input.contractType,
          startDate: input.startDate,
          weeklyMinutes: input.weeklyMinutes,
          jobTitle: input.jobTitle ?? null,
        },
        tx,
      );
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  /** Records the 6- or 12-month check of a hire (one per hire and month, from 15 days before it is due). */
  async recordRetentionCheck(
    structureId: string,
    userId: string,
    input: RecordRetentionCheckInput,
    today = todayInParis(this.clock.now()),
  ): Promise<HireEntity> {
    return this.db.transaction(async (tx) => {
      const hire = isUuid(input.hireId) ? await this.hires.findHire(structureId, input.hireId, tx) : null;
      if (!hire) throw new NotFoundError(OUTCOME_MESSAGES.hireNotFound);
      // Locked: two simultaneous checks of the same hire and month must not both pass the "one per month" rule.
      await requirePerson(tx, structureId, hire.personId, { lock: true });
      const done = await this.hires.checksOfHire(structureId, hire.id, tx);
      const error = checkRetentionCheck({
        hireStart: hire.startDate,
        monthsAfter: input.monthsAfter,
        checkedOn: input.checkedOn,
        today,
        done,
      });
      if (error) throw new BadUserInputError([error]);
      await this.hires.insertCheck(
        {
          structureId,
          personId: hire.personId,
          createdById: userId,
          hireId: hire.id,
          monthsAfter: input.monthsAfter,
          checkedOn: input.checkedOn,
          stillEmployed: input.stillEmployed,
          comment: input.comment ?? null,
        },
        tx,
      );
      return hire;
    });
  }

  /** The hires of each person, latest start first. */
  hiresByPersons(structureId: string, personIds: readonly string[]): Promise<HireEntity[][]> {
    return this.hires.hiresByPersons(structureId, personIds);
  }

  /** The checks of each hire, in months order. */
  checksByHires(structureId: string, hireIds: readonly string[]): Promise<RetentionCheckEntity[][]> {
    return this.hires.checksByHires(structureId, hireIds);
  }

  organisationsByIds(ids: readonly string[]): Promise<(PartnerOrganisationEntity | null)[]> {
    return this.hires.organisationsByIds(ids);
  }
}
