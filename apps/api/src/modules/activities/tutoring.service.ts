import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { checkHostTutorLoad, formatIsoDateFr, TUTOR_SIDE_LABELS, TutorSide } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { groupByKey, findByIds } from '../../core/graphql/request-loader';
import { ACTIVITY_MESSAGES } from './activities.common';
import { TutorEntity, TutoringEntity } from './activity.entities';
import type { AssignTutorInput, CreateTutorInput, EndTutoringInput } from './dto/tutoring.dto';
import { maxConcurrentFrom } from './tutor-load';
import { WorkSituationsService } from './work-situations.service';

/** The double tutoring (structure side and host side) and the host tutors' load (IAE-RULES §1.3). */
@Injectable()
export class TutoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hosts: WorkSituationsService,
  ) {}

  /** The structure's tutors, by name. */
  async tutors(structureId: string): Promise<TutorEntity[]> {
    return this.db
      .getRepository(TutorEntity)
      .find({ where: { structureId }, order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' } });
  }

  async createTutor(structureId: string, input: CreateTutorInput): Promise<TutorEntity> {
    return this.db.transaction(async (tx) => {
      if (input.side === TutorSide.HOST && !input.partnerOrganisationId)
        throw new BadUserInputError([
          {
            field: 'partnerOrganisationId',
            message: 'Choisissez l’organisation d’accueil où travaille ce·tte tuteur·rice.',
          },
        ]);
      if (input.side === TutorSide.STRUCTURE && input.partnerOrganisationId)
        throw new BadUserInputError([
          {
            field: 'partnerOrganisationId',
            message:
              'Un·e tuteur·rice de la structure travaille dans votre structure : ne choisissez pas d’organisation d’accueil.',
          },
        ]);
      if (input.partnerOrganisationId) await this.hosts.requireOrganisation(tx, input.partnerOrganisationId);
      const repo = tx.getRepository(TutorEntity);
      return repo.save(
        repo.create({
          structureId,
          side: input.side,
          firstName: input.firstName,
          lastName: input.lastName,
          jobTitle: input.jobTitle ?? null,
          partnerOrganisationId: input.partnerOrganisationId ?? null,
        }),
      );
    });
  }

  /**
   * Starts a tutoring. The person and then the tutor are locked (in that order, always) until the transaction ends,
   * so that two simultaneous assignments cannot both pass the counts: a host tutor takes a 4th trainee at once, or a
   * person gets two running tutorings on the same side.
   */
  async assign(structureId: string, userId: string, input: AssignTutorInput): Promise<TutoringEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      const tutor = isUuid(input.tutorId)
        ? await tx
            .getRepository(TutorEntity)
            .createQueryBuilder('t')
            .where('t.id = :id AND t.structureId = :structureId', { id: input.tutorId, structureId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!tutor) throw new NotFoundError(ACTIVITY_MESSAGES.tutorNotFound);

      // A running tutoring on the same side, overlapping the new one (which has no end yet).
      const sameSide = await tx
        .getRepository(TutoringEntity)
        .createQueryBuilder('tg')
        .innerJoinAndSelect('tg.tutor', 't')
        .where('tg.structureId = :structureId AND tg.personId = :personId', { structureId, personId: input.personId })
        .andWhere('t.side = :side', { side: tutor.side })
        .andWhere('(tg.endDate IS NULL OR tg.endDate >= :start)', { start: input.startDate })
        .orderBy('tg.startDate', 'ASC')
        .getOne();
      if (sameSide) {
        const other = sameSide.tutor as TutorEntity;
        const side = (TUTOR_SIDE_LABELS[tutor.side as TutorSide] ?? '').toLowerCase();
        throw new BadUserInputError([
          {
            field: 'tutorId',
            message:
              `La personne a déjà un·e ${side} : ${other.firstName} ${other.lastName}, depuis le ${formatIsoDateFr(sameSide.startDate)}` +
              `${sameSide.endDate ? ` jusqu’au ${formatIsoDateFr(sameSide.endDate)}` : ''}. Terminez ce tutorat avant d’en commencer un autre.`,
          },
        ]);
      }

      if (tutor.side === TutorSide.HOST) {
        const periods = await tx
          .getRepository(TutoringEntity)
          .find({ select: { startDate: true, endDate: true }, where: { tutorId: tutor.id } });
        const problem = checkHostTutorLoad(maxConcurrentFrom(periods, input.startDate));
        if (problem) throw new BadUserInputError([{ field: 'tutorId', message: problem }]);
      }

      const repo = tx.getRepository(TutoringEntity);
      return repo.save(
        repo.create({
          structureId,
          personId: input.personId,
          createdById: userId,
          tutorId: tutor.id,
          startDate: input.startDate,
          endDate: null,
        }),
      );
    });
  }

  async end(structureId: string, input: EndTutoringInput): Promise<TutoringEntity> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(TutoringEntity);
      const tutoring = isUuid(input.tutoringId)
        ? await repo
            .createQueryBuilder('tg')
            .where('tg.id = :id AND tg.structureId = :structureId', { id: input.tutoringId, structureId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!tutoring) throw new NotFoundError(ACTIVITY_MESSAGES.tutoringNotFound);
      if (tutoring.endDate)
        throw new BadUserInputError([
          { field: 'endDate', message: `Ce tutorat est déjà terminé, le ${formatIsoDateFr(tutoring.endDate)}.` },
        ]);
      if (input.endDate < tutoring.startDate)
        throw new BadUserInputError([
          {
            field: 'endDate',
            message: `La fin du tutorat (${formatIsoDateFr(input.endDate)}) précède son début (${formatIsoDateFr(tutoring.startDate)}) : corrigez la date.`,
          },
        ]);
      tutoring.endDate = input.endDate;
      return repo.save(tutoring);
    });
  }

  tutorsByIds(structureId: string, ids: readonly string[]): Promise<(TutorEntity | null)[]> {
    return findByIds(this.db, TutorEntity, ids, { structureId });
  }

  /** How many tutorings of each tutor have not ended on `today` (one statement). */
  async activeTraineeCounts(structureId: string, tutorIds: readonly string[], today: string): Promise<number[]> {
    const rows: { tutor_id: string; n: number }[] = await this.db.query(
      `SELECT tutor_id, count(*)::int AS n FROM tutoring
        WHERE structure_id = $1 AND tutor_id = ANY($2::uuid[]) AND (end_date IS NULL OR end_date >= $3::date)
        GROUP BY tutor_id`,
      [structureId, [...tutorIds], today],
    );
    const byTutor = new Map(rows.map((r) => [r.tutor_id, r.n]));
    return tutorIds.map((id) => byTutor.get(id) ?? 0);
  }

  /** The tutorings of each person, latest start first (one statement). */
  async tutoringsByPersons(structureId: string, personIds: readonly string[]): Promise<TutoringEntity[][]> {
    const rows = await this.db.getRepository(TutoringEntity).find({
      where: { structureId, personId: In([...personIds]) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    return groupByKey(personIds, rows, (r) => r.personId);
  }
}
