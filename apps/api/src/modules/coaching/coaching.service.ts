import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CoachingContactKind,
  CoachingContactStatus,
  formatIsoDateFr,
  NotificationKind,
  todayInParis,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import type { AuthUser } from '../../core/auth/auth.types';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { type MissionEntity, WorkSituationsService } from '../activities';
import { NotificationsService } from '../notifications';
import type { CoachingContactEntity } from './coaching.entities';
import type { PortalRequestMediationInput, RecordCoachingContactInput, SetMissionCoachInput } from './coaching.dto';
import { CoachingRepository, type PortalMediationRow } from './coaching.repository';

export const COACHING_MESSAGES = {
  missionNotFound: 'Cette mission est introuvable dans votre structure.',
  portalMissionNotFound: 'Cette mission est introuvable parmi les missions faites chez vous.',
  conflict:
    'Cette mission a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la pour voir ses ' +
    'changements : vos saisies ne sont pas enregistrées.',
  requestNotFound: 'Cette demande de médiation est introuvable sur cette mission, ou déjà close.',
  requestNeedsMediation: 'Une demande de médiation se clôt en enregistrant une médiation avec l’employeur.',
  requestAlreadyOpen:
    'Une demande de médiation est déjà en attente pour cette mission : le·la chargé·e d’accompagnement vous recontacte.',
  beforeMission: (start: string) =>
    `Le contact de suivi a lieu pendant la mission : pas avant son début (${formatIsoDateFr(start)}).`,
  inFuture: 'La date du contact ne peut pas être dans le futur : enregistrez-le une fois fait.',
} as const;

/** Job coaching during missions: the coach, the contacts, the employer's requests (docs/domain/coaching.md). */
@Injectable()
export class CoachingService {
  private readonly logger = new Logger(CoachingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: CoachingRepository,
    private readonly situations: WorkSituationsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Names (or removes) the mission's coach, at the version read (CONFLICT otherwise). A left-out `coachId` changes
   * nothing; the same coach again keeps the version.
   */
  async setMissionCoach(structureId: string, input: SetMissionCoachInput): Promise<MissionEntity> {
    if (!isUuid(input.missionId)) throw new NotFoundError(COACHING_MESSAGES.missionNotFound);
    return this.db.transaction(async (tx) => {
      const mission = await this.repo.lockMission(structureId, input.missionId, tx);
      if (!mission) throw new NotFoundError(COACHING_MESSAGES.missionNotFound);
      if (mission.version !== input.version) throw new ConflictError(COACHING_MESSAGES.conflict);
      if (input.coachId !== undefined && input.coachId !== mission.coachId) {
        if (input.coachId) await this.situations.requireCoach(tx, structureId, input.coachId);
        const rows = await this.repo.setCoach(structureId, mission.id, input.coachId, input.version, tx);
        if (!rows.length) throw new ConflictError(COACHING_MESSAGES.conflict);
      }
      return this.repo.findMission(structureId, mission.id, tx);
    });
  }

  /**
   * Records a contact held during the mission (not before its start, not in the future). With `requestId`, the
   * employer's open request for a mediation on that mission is closed by it instead of a new row.
   */
  async recordContact(
    actor: AuthUser,
    structureId: string,
    input: RecordCoachingContactInput,
  ): Promise<CoachingContactEntity> {
    if (!isUuid(input.missionId)) throw new NotFoundError(COACHING_MESSAGES.missionNotFound);
    return this.db.transaction(async (tx) => {
      const mission = await this.repo.lockMission(structureId, input.missionId, tx);
      if (!mission) throw new NotFoundError(COACHING_MESSAGES.missionNotFound);
      if (input.occurredOn < mission.startDate)
        throw new BadUserInputError([
          { field: 'occurredOn', message: COACHING_MESSAGES.beforeMission(mission.startDate) },
        ]);
      if (input.occurredOn > todayInParis())
        throw new BadUserInputError([{ field: 'occurredOn', message: COACHING_MESSAGES.inFuture }]);
      const note = input.note ?? null;
      const confidential = input.confidential ?? false;
      if (input.requestId) {
        if (input.kind !== CoachingContactKind.MEDIATION)
          throw new BadUserInputError([{ field: 'kind', message: COACHING_MESSAGES.requestNeedsMediation }]);
        const request = isUuid(input.requestId)
          ? await this.repo.lockOpenRequest(structureId, mission.id, input.requestId, tx)
          : null;
        if (!request) throw new NotFoundError(COACHING_MESSAGES.requestNotFound);
        await this.repo.closeRequest(structureId, request.id, input.occurredOn, note, confidential, actor.id, tx);
        return this.repo.findContact(structureId, request.id, tx);
      }
      return this.repo.insertContact(
        {
          structureId,
          personId: mission.personId,
          missionId: mission.id,
          createdById: actor.id,
          kind: input.kind,
          status: CoachingContactStatus.DONE,
          occurredOn: input.occurredOn,
          note,
          confidential,
          authorId: actor.id,
          requestMessage: null,
          requestedAt: null,
        },
        tx,
      );
    });
  }

  /** The contacts of each mission (one statement); confidential ones only with `sensitive`. */
  contactsByMissions(
    structureId: string,
    missionIds: readonly string[],
    sensitive: boolean,
  ): Promise<CoachingContactEntity[][]> {
    return this.repo.contactsByMissions(structureId, missionIds, sensitive);
  }

  alertDays(structureId: string): Promise<number> {
    return this.repo.alertDays(structureId);
  }

  async setAlertDays(actor: AuthUser, structureId: string, days: number): Promise<number> {
    await this.repo.setAlertDays(structureId, days, actor.id);
    return days;
  }

  /**
   * The employer asks for a mediation on a mission it hosts: a REQUESTED contact with its message; the mission's coach
   * (else the person's counsellor) is notified in the app and by e-mail. One open request per mission.
   */
  async requestMediation(
    actor: AuthUser,
    partnerOrganisationId: string,
    input: PortalRequestMediationInput,
  ): Promise<PortalMediationRow> {
    if (!isUuid(input.missionId)) throw new NotFoundError(COACHING_MESSAGES.portalMissionNotFound);
    const row = await this.db.transaction(async (tx) => {
      const mission = await this.repo.portalMission(partnerOrganisationId, input.missionId, tx);
      if (!mission) throw new NotFoundError(COACHING_MESSAGES.portalMissionNotFound);
      if (await this.repo.hasOpenRequest(mission.id, tx))
        throw new BadUserInputError([{ field: 'missionId', message: COACHING_MESSAGES.requestAlreadyOpen }]);
      const contact = await this.repo.insertContact(
        {
          structureId: mission.structureId,
          personId: mission.personId,
          missionId: mission.id,
          createdById: actor.id,
          kind: CoachingContactKind.MEDIATION,
          status: CoachingContactStatus.REQUESTED,
          occurredOn: null,
          note: null,
          confidential: false,
          authorId: null,
          requestMessage: input.message,
          requestedAt: new Date(),
        },
        tx,
      );
      const recipients = mission.activeCoachId
        ? [mission.activeCoachId]
        : await this.notifications.followersOf(tx, mission.structureId, mission.personId, null);
      await this.notifications.notify(tx, [
        {
          recipientUserIds: recipients,
          kind: NotificationKind.COACHING_MEDIATION_REQUESTED,
          title: `Médiation demandée par ${mission.organisation}`.slice(0, 200),
          body:
            `Mission du ${formatIsoDateFr(mission.startDate)} au ${formatIsoDateFr(mission.endDate)}` +
            `${mission.site ? ` (${mission.site})` : ''}. Message de l’employeur : ${input.message}`,
          link: `/personnes/${mission.personId}?onglet=missions`,
          missionId: mission.id,
        },
      ]);
      return {
        id: contact.id,
        missionId: mission.id,
        status: contact.status,
        requestMessage: input.message,
        requestedAt: contact.requestedAt as Date,
        occurredOn: null,
      };
    });
    this.notifications.sendPendingEmails().catch((e: unknown) =>
      this.logger.error({
        msg: 'Envoi des e-mails de notification en échec',
        err: e instanceof Error ? e.message : e,
      }),
    );
    return row;
  }

  /** The organisation's own requests and their status, latest first. */
  portalRequests(partnerOrganisationId: string): Promise<PortalMediationRow[]> {
    return this.repo.portalRequests(partnerOrganisationId);
  }
}
