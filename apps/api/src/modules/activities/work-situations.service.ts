import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkImmersion, checkMission, type FieldError, type MissionKind } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { ExitPresenceService } from '../exit-presence';
import type { PartnerOrganisationEntity } from '../structures';
import { ACTIVITY_MESSAGES } from './activities.common';
import type { ImmersionEntity, MissionEntity } from './activity.entities';
import type { RecordImmersionInput, RecordMissionInput } from './dto/work-situation.dto';
import type { PlacementMission } from './placement';
import { WorkSituationsRepository } from './work-situations.repository';

/** Hosts (partner organisations), immersions (PMSMP) and paid missions at a host. */
@Injectable()
export class WorkSituationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exitPresence: ExitPresenceService,
    private readonly situations: WorkSituationsRepository,
  ) {}

  /** Every partner organisation, by name: the hosts of missions and immersions (shared by all structures). */
  async partnerOrganisations(): Promise<PartnerOrganisationEntity[]> {
    return this.situations.partnerOrganisations();
  }

  organisationsByIds(ids: readonly string[]): Promise<(PartnerOrganisationEntity | null)[]> {
    return this.situations.organisationsByIds(ids);
  }

  /** A partner organisation, NOT_FOUND otherwise. */
  async requireOrganisation(manager: EntityManager, id: string): Promise<PartnerOrganisationEntity> {
    const org = isUuid(id) ? await this.situations.findOrganisation(id, manager) : null;
    if (!org) throw new NotFoundError(ACTIVITY_MESSAGES.partnerOrganisationNotFound);
    return org;
  }

  /**
   * A mission is recorded only at an organisation the structure has a partnership with (ongoing or ended: a past
   * mission may be entered late). Its reviewers see the mission's hours: without a partnership, the structure shares
   * nothing with them (issue 14, point 12; docs/domain/partner-sharing.md).
   */
  private async requirePartnership(tx: EntityManager, structureId: string, partnerOrganisationId: string) {
    if (!(await this.situations.hasPartnership(structureId, partnerOrganisationId, tx)))
      throw new BadUserInputError([{ field: 'hostOrganisationId', message: ACTIVITY_MESSAGES.noPartnership }]);
  }

  /**
   * The coach named for a mission: an active counsellor or director of the structure (coaching, issue 18). Otherwise
   * BAD_USER_INPUT on `coachId`, whatever the reason (another structure's user reads as an unknown one).
   */
  async requireCoach(tx: EntityManager, structureId: string, coachId: string): Promise<void> {
    if (!isUuid(coachId) || !(await this.situations.isCoach(structureId, coachId, tx)))
      throw new BadUserInputError([{ field: 'coachId', message: ACTIVITY_MESSAGES.coachNotStaff }]);
  }

  async recordImmersion(structureId: string, userId: string, input: RecordImmersionInput): Promise<ImmersionEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      const org = input.hostOrganisationId ? await this.requireOrganisation(tx, input.hostOrganisationId) : null;
      const hostName = input.hostName ?? org?.name ?? null;
      const errors: FieldError[] = [];
      if (!hostName)
        errors.push({
          field: 'hostName',
          message: 'Indiquez la structure d’accueil : choisissez une organisation partenaire ou saisissez son nom.',
        });
      const problem = checkImmersion(input);
      if (problem) errors.push({ field: 'endDate', message: problem });
      if (errors.length) throw new BadUserInputError(errors);
      return this.situations.createImmersion(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          hostOrganisationId: org?.id ?? null,
          hostName: hostName as string,
          hostTutorName: input.hostTutorName,
          objective: input.objective,
          startDate: input.startDate,
          endDate: input.endDate,
          comment: input.comment ?? null,
        },
        tx,
      );
    });
  }

  /**
   * Records a mission. The AI cap of 480 h of mise à disposition per host is a warning shown on the mission
   * (`placementStatus`), never a refusal: the prefect may grant a derogation.
   */
  async recordMission(
    structureId: string,
    userId: string,
    input: RecordMissionInput,
    outer?: EntityManager,
  ): Promise<MissionEntity> {
    // Within the caller's transaction when given (an accepted replacement: the request and its mission together).
    const run = <T>(work: (tx: EntityManager) => Promise<T>) => (outer ? work(outer) : this.db.transaction(work));
    return run(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      await this.requireOrganisation(tx, input.hostOrganisationId);
      await this.requirePartnership(tx, structureId, input.hostOrganisationId);
      const problem = checkMission(input);
      if (problem)
        throw new BadUserInputError([
          { field: input.endDate < input.startDate ? 'endDate' : 'minutes', message: problem },
        ]);
      if (input.coachId) await this.requireCoach(tx, structureId, input.coachId);
      const mission = await this.situations.createMission(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          kind: input.kind,
          hostOrganisationId: input.hostOrganisationId,
          site: input.site ?? null,
          startDate: input.startDate,
          endDate: input.endDate,
          minutes: input.minutes,
          tutorFeedback: input.tutorFeedback ?? null,
          coachId: input.coachId ?? null,
        },
        tx,
      );
      // A mission entered after the exit (late) changes its hours worked (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, [mission.personId]);
      return mission;
    });
  }

  /** The immersions of each person, latest first (one statement). */
  immersionsByPersons(structureId: string, personIds: readonly string[]): Promise<ImmersionEntity[][]> {
    return this.situations.immersionsByPersons(structureId, personIds);
  }

  /** The missions of each person, latest first (one statement). */
  missionsByPersons(structureId: string, personIds: readonly string[]): Promise<MissionEntity[][]> {
    return this.situations.missionsByPersons(structureId, personIds);
  }

  /** The mises à disposition (PLACEMENT missions) of each person: what the 480 h cap counts (one statement). */
  async placementsByPersons(structureId: string, personIds: readonly string[]): Promise<PlacementMission[][]> {
    const lists = await this.situations.placementsByPersons(structureId, personIds);
    return lists.map((list) =>
      list.map((r) => ({
        hostOrganisationId: r.hostOrganisationId,
        endDate: r.endDate,
        minutes: r.minutes,
        kind: r.kind as MissionKind,
      })),
    );
  }
}
