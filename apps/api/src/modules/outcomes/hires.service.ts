import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { todayInParis } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { groupByKey, findByIds } from '../../core/graphql/request-loader';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { PartnerOrganisationEntity } from '../structures/partner-organisation.entity';
import type { RecordHireInput, RecordRetentionCheckInput } from './dto/hire.input';
import { HireEntity, RetentionCheckEntity } from './outcome.entities';
import { OUTCOME_MESSAGES } from './outcomes.common';
import { checkRetentionCheck } from './retention-check.rules';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** Hires and their 6- and 12-month retention checks. Every query is scoped by the caller's structure. */
@Injectable()
export class HiresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
        const organisation = await tx
          .getRepository(PartnerOrganisationEntity)
          .findOneBy({ id: input.employerOrganisationId });
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
      const repo = tx.getRepository(HireEntity);
      return repo.save(
        repo.create({
          structureId,
          personId: person.id,
          createdById: userId,
          employerOrganisationId: input.employerOrganisationId ?? null,
          employerName,
          contractType: input.contractType,
          startDate: input.startDate,
          weeklyMinutes: input.weeklyMinutes,
          jobTitle: input.jobTitle ?? null,
        }),
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
      const hire = isUuid(input.hireId)
        ? await tx.getRepository(HireEntity).findOneBy({ id: input.hireId, structureId })
        : null;
      if (!hire) throw new NotFoundError(OUTCOME_MESSAGES.hireNotFound);
      // Locked: two simultaneous checks of the same hire and month must not both pass the "one per month" rule.
      await requirePerson(tx, structureId, hire.personId, { lock: true });
      const done = await tx.getRepository(RetentionCheckEntity).findBy({ structureId, hireId: hire.id });
      const error = checkRetentionCheck({
        hireStart: hire.startDate,
        monthsAfter: input.monthsAfter,
        checkedOn: input.checkedOn,
        today,
        done,
      });
      if (error) throw new BadUserInputError([error]);
      await tx.getRepository(RetentionCheckEntity).insert({
        structureId,
        personId: hire.personId,
        createdById: userId,
        hireId: hire.id,
        monthsAfter: input.monthsAfter,
        checkedOn: input.checkedOn,
        stillEmployed: input.stillEmployed,
        comment: input.comment ?? null,
      });
      return hire;
    });
  }

  /** The hires of each person, latest start first. */
  async hiresByPersons(structureId: string, personIds: readonly string[]): Promise<HireEntity[][]> {
    const rows = await this.db.getRepository(HireEntity).find({
      where: { structureId, personId: In([...personIds]) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    return groupByKey(personIds, rows, (r) => r.personId);
  }

  /** The checks of each hire, in months order. */
  async checksByHires(structureId: string, hireIds: readonly string[]): Promise<RetentionCheckEntity[][]> {
    const rows = await this.db.getRepository(RetentionCheckEntity).find({
      where: { structureId, hireId: In([...hireIds]) },
      order: { monthsAfter: 'ASC' },
    });
    return groupByKey(hireIds, rows, (r) => r.hireId);
  }

  organisationsByIds(ids: readonly string[]): Promise<(PartnerOrganisationEntity | null)[]> {
    return findByIds(this.db, PartnerOrganisationEntity, ids);
  }
}
