import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { checkHostTutorLoad, formatIsoDateFr, TUTOR_SIDE_LABELS, TutorSide } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { ACTIVITY_MESSAGES } from './activities.common';
import type { TutorEntity, TutoringEntity } from './activity.entities';
import type { AssignTutorInput, CreateTutorInput, EndTutoringInput } from './dto/tutoring.dto';
import { maxConcurrentFrom } from './tutor-load';
import { TutoringRepository } from './tutoring.repository';
import { WorkSituationsService } from './work-situations.service';

/** The double tutoring (structure side and host side) and the host tutors' load (IAE-RULES §1.3). */
@Injectable()
export class TutoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hosts: WorkSituationsService,
    private readonly tutorings: TutoringRepository,
  ) {}

  /** The structure's tutors, by name. */
  async tutors(structureId: string): Promise<TutorEntity[]> {
    return this.tutorings.tutors(structureId);
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
      return this.tutorings.createTutor(
        {
          structureId,
          side: input.side,
          firstName: input.firstName,
          lastName: input.lastName,
          jobTitle: input.jobTitle ?? null,
          partnerOrganisationId: input.partnerOrganisationId ?? null,
        },
        tx,
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
      const tutor = isUuid(input.tutorId) ? await this.tutorings.lockTutor(structureId, input.tutorId, tx) : null;
      if (!tutor) throw new NotFoundError(ACTIVITY_MESSAGES.tutorNotFound);

      // A running tutoring on the same side, overlapping the new one (which has no end yet).
      const sameSide = await this.tutorings.runningOnSide(structureId, input.personId, tutor.side, input.startDate, tx);
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
        const periods = await this.tutorings.periodsOfTutor(tutor.id, tx);
        const problem = checkHostTutorLoad(maxConcurrentFrom(periods, input.startDate));
        if (problem) throw new BadUserInputError([{ field: 'tutorId', message: problem }]);
      }

      return this.tutorings.createTutoring(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          tutorId: tutor.id,
          startDate: input.startDate,
          endDate: null,
        },
        tx,
      );
    });
  }

  async end(structureId: string, input: EndTutoringInput): Promise<TutoringEntity> {
    return this.db.transaction(async (tx) => {
      const tutoring = isUuid(input.tutoringId)
        ? await this.tutorings.lockTutoring(structureId, input.tutoringId, tx)
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
      return this.tutorings.saveTutoring(tutoring, tx);
    });
  }

  tutorsByIds(structureId: string, ids: readonly string[]): Promise<(TutorEntity | null)[]> {
    return this.tutorings.tutorsByIds(structureId, ids);
  }

  /** How many tutorings of each tutor have not ended on `today` (one statement). */
  async activeTraineeCounts(structureId: string, tutorIds: readonly string[], today: string): Promise<number[]> {
    const rows = await this.tutorings.activeTraineeCounts(structureId, tutorIds, today);
    const byTutor = new Map(rows.map((r) => [r.tutor_id, r.n]));
    return tutorIds.map((id) => byTutor.get(id) ?? 0);
  }

  /** The tutorings of each person, latest start first (one statement). */
  tutoringsByPersons(structureId: string, personIds: readonly string[]): Promise<TutoringEntity[][]> {
    return this.tutorings.tutoringsByPersons(structureId, personIds);
  }
}
