import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { checkImmersion, checkMission, type FieldError, MissionKind } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { groupByKey, findByIds } from '../../core/graphql/request-loader';
import { ExitPresenceService } from '../exit-presence';
import { PartnerOrganisationEntity } from '../structures';
import { ACTIVITY_MESSAGES } from './activities.common';
import { ImmersionEntity, MissionEntity } from './activity.entities';
import type { RecordImmersionInput, RecordMissionInput } from './dto/work-situation.dto';
import type { PlacementMission } from './placement';

/** Hosts (partner organisations), immersions (PMSMP) and paid missions at a host. */
@Injectable()
export class WorkSituationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exitPresence: ExitPresenceService,
  ) {}

  /** Every partner organisation, by name: the hosts of missions and immersions (shared by all structures). */
  async partnerOrganisations(): Promise<PartnerOrganisationEntity[]> {
    return this.db.getRepository(PartnerOrganisationEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  organisationsByIds(ids: readonly string[]): Promise<(PartnerOrganisationEntity | null)[]> {
    return findByIds(this.db, PartnerOrganisationEntity, ids);
  }

  /** A partner organisation, NOT_FOUND otherwise. */
  async requireOrganisation(manager: EntityManager, id: string): Promise<PartnerOrganisationEntity> {
    const org = isUuid(id) ? await manager.getRepository(PartnerOrganisationEntity).findOneBy({ id }) : null;
    if (!org) throw new NotFoundError(ACTIVITY_MESSAGES.partnerOrganisationNotFound);
    return org;
  }

  /**
   * A mission is recorded only at an organisation the structure has a partnership with (ongoing or ended: a past
   * mission may be entered late). Its reviewers see the mission's hours: without a partnership, the structure shares
   * nothing with them (issue 14, point 12; docs/domain/partner-sharing.md).
   */
  private async requirePartnership(tx: EntityManager, structureId: string, partnerOrganisationId: string) {
    const [row] = await tx.query(`SELECT 1 FROM partnership WHERE structure_id = $1 AND partner_organisation_id = $2`, [
      structureId,
      partnerOrganisationId,
    ]);
    if (!row)
      throw new BadUserInputError([{ field: 'hostOrganisationId', message: ACTIVITY_MESSAGES.noPartnership }]);
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
      const repo = tx.getRepository(ImmersionEntity);
      return repo.save(
        repo.create({
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
        }),
      );
    });
  }

  /**
   * Records a mission. The AI cap of 480 h of mise à disposition per host is a warning shown on the mission
   * (`placementStatus`), never a refusal: the prefect may grant a derogation.
   */
  async recordMission(structureId: string, userId: string, input: RecordMissionInput): Promise<MissionEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      await this.requireOrganisation(tx, input.hostOrganisationId);
      await this.requirePartnership(tx, structureId, input.hostOrganisationId);
      const problem = checkMission(input);
      if (problem)
        throw new BadUserInputError([
          { field: input.endDate < input.startDate ? 'endDate' : 'minutes', message: problem },
        ]);
      const repo = tx.getRepository(MissionEntity);
      const mission = await repo.save(
        repo.create({
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
        }),
      );
      // A mission entered after the exit (late) changes its hours worked (docs/domain/exits.md).
      await this.exitPresence.refreshPersons(tx, structureId, [mission.personId]);
      return mission;
    });
  }

  /** The immersions of each person, latest first (one statement). */
  async immersionsByPersons(structureId: string, personIds: readonly string[]): Promise<ImmersionEntity[][]> {
    const rows = await this.db.getRepository(ImmersionEntity).find({
      where: { structureId, personId: In([...personIds]) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    return groupByKey(personIds, rows, (r) => r.personId);
  }

  /** The missions of each person, latest first (one statement). */
  async missionsByPersons(structureId: string, personIds: readonly string[]): Promise<MissionEntity[][]> {
    const rows = await this.db.getRepository(MissionEntity).find({
      where: { structureId, personId: In([...personIds]) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    return groupByKey(personIds, rows, (r) => r.personId);
  }

  /** The mises à disposition (PLACEMENT missions) of each person: what the 480 h cap counts (one statement). */
  async placementsByPersons(structureId: string, personIds: readonly string[]): Promise<PlacementMission[][]> {
    const rows = await this.db.getRepository(MissionEntity).find({
      select: { personId: true, hostOrganisationId: true, endDate: true, minutes: true, kind: true },
      where: { structureId, personId: In([...personIds]), kind: MissionKind.PLACEMENT },
    });
    return groupByKey(personIds, rows, (r) => r.personId).map((list) =>
      list.map((r) => ({
        hostOrganisationId: r.hostOrganisationId,
        endDate: r.endDate,
        minutes: r.minutes,
        kind: r.kind as MissionKind,
      })),
    );
  }
}
