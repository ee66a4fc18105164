import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditAction } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { NotFoundError } from '../../core/errors/app-errors';
import { cardFields, TraineeCardService, type TraineeCardType } from '../proposals';
import { REPLACEMENT_MESSAGES, ReplacementOfferStatus, ReplacementStatus } from './replacements.common';
import { ReplacementsRepository } from './replacements.repository';

/**
 * The competences card of the person who accepted a replacement, for the employer (portal): built by the proposals'
 * card service with the same rules — name shared (the employer must know who comes), contact details not (the
 * structure gives them), the hours only of missions at this employer — and audited as a partner's read of a trainee.
 */
@Injectable()
export class ReplacementCardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ReplacementsRepository,
    private readonly cards: TraineeCardService,
    private readonly audit: AuditService,
  ) {}

  async card(partnerOrganisationId: string, actor: AuthUser, requestId: string): Promise<TraineeCardType> {
    return this.db.transaction(async (tx) => {
      const request = isUuid(requestId)
        ? await this.repo.request(null, partnerOrganisationId, requestId, false, tx)
        : null;
      if (!request) throw new NotFoundError(REPLACEMENT_MESSAGES.requestNotFound);
      const accepted =
        request.status === ReplacementStatus.FILLED
          ? (await this.repo.offersOf(request.structureId, [request.id], tx)).find(
              (o) => o.status === ReplacementOfferStatus.ACCEPTED,
            )
          : undefined;
      if (!accepted) throw new NotFoundError('Cette demande n’est pas encore pourvue : aucune fiche à montrer.');
      const [card] = await this.cards.cards(
        [
          {
            structureId: request.structureId,
            personId: accepted.personId,
            partnerOrganisationId,
            shareFullName: true,
            shareContact: false,
            message: null,
          },
        ],
        tx,
      );
      if (!card) throw new NotFoundError(REPLACEMENT_MESSAGES.requestNotFound);
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.PARTNER_READ_TRAINEE,
          structureId: request.structureId,
          personId: accepted.personId,
          subjectType: 'replacement_request',
          subjectId: request.id,
          details: { operation: 'portalReplacementCard', fields: cardFields(card) },
        },
      ]);
      return card;
    });
  }
}
