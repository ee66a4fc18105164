import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, formatMinutes, MissionKind, NotificationKind } from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { WorkSituationsService } from '../activities';
import { MAILER, type Mailer, NotificationsService } from '../notifications';
import type { SendReplacementOffersInput } from './dto/replacement.inputs';
import type { PublicReplacementOfferType } from './dto/replacement.types';
import { localParts } from './ranking';
import type { ReplacementOfferEntity } from './replacement.entities';
import { REPLACEMENT_MESSAGES, ReplacementOfferStatus, ReplacementStatus } from './replacements.common';
import { type OfferByToken, ReplacementsRepository } from './replacements.repository';
import { ReplacementsService } from './replacements.service';

/** SHA-256 (hex) of an offer link's token: what the database keeps (as account links). */
export function hashOfferToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const when = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' }).format(d);

/**
 * Offers by single-use link (issue 18, point 3): sent by the counsellor to persons who can go, read and answered
 * without an account. The first accept wins: the request row is locked `FOR UPDATE` by each accept, so concurrent
 * accepts run one after the other; the first creates the mission and fills the request, the others read it filled.
 */
@Injectable()
export class ReplacementOffersService {
  private readonly logger = new Logger(ReplacementOffersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ReplacementsRepository,
    private readonly requests: ReplacementsService,
    private readonly notifications: NotificationsService,
    private readonly situations: WorkSituationsService,
  ) {}

  /** Sends the offer to persons who can go: one link each, by e-mail. Returns the offers created. */
  async send(
    structureId: string,
    user: AuthUser,
    input: SendReplacementOffersInput,
  ): Promise<ReplacementOfferEntity[]> {
    const personIds = [...new Set(input.personIds)];
    const mails: { to: string; firstName: string; token: string }[] = [];
    const request = await this.requests.one({ structureId, partnerOrganisationId: null }, input.requestId);
    const offers = await this.db.transaction(async (tx) => {
      const locked = await this.repo.request(structureId, null, request.id, true, tx);
      if (!locked) throw new NotFoundError(REPLACEMENT_MESSAGES.requestNotFound);
      if (
        (locked.status !== ReplacementStatus.OPEN && locked.status !== ReplacementStatus.OFFERED) ||
        locked.answerBy.getTime() <= this.clock.now().getTime()
      )
        throw new ConflictError(REPLACEMENT_MESSAGES.notOpen);
      if (!personIds.every(isUuid)) throw new NotFoundError(REPLACEMENT_MESSAGES.personNotFound);
      const persons = await this.repo.personsOf(structureId, personIds, tx);
      if (persons.length !== personIds.length) throw new NotFoundError(REPLACEMENT_MESSAGES.personNotFound);
      const ranking = await this.requests.candidates(structureId, request.id, personIds, tx);
      if (ranking.candidates.length !== personIds.length)
        throw new BadUserInputError([{ field: 'personIds', message: REPLACEMENT_MESSAGES.cannotGo }]);
      const already = new Set((await this.repo.offersOf(structureId, [request.id], tx)).map((o) => o.personId));
      if (personIds.some((id) => already.has(id)))
        throw new BadUserInputError([
          { field: 'personIds', message: 'L’offre a déjà été envoyée à une de ces personnes.' },
        ]);
      const values = persons.map((p) => {
        const token = randomBytes(32).toString('base64url');
        if (p.email) mails.push({ to: p.email, firstName: p.firstName, token });
        return {
          structureId,
          personId: p.id,
          createdById: user.id,
          requestId: request.id,
          tokenHash: hashOfferToken(token),
          expiresAt: locked.answerBy,
          status: ReplacementOfferStatus.SENT,
        };
      });
      const created = await this.repo.insertOffers(values, tx);
      if (locked.status === ReplacementStatus.OPEN)
        await this.repo.setStatus(request.id, ReplacementStatus.OFFERED, null, tx);
      return created;
    });
    // After commit: a mail failure never undoes the offers (the counsellor can call).
    for (const m of mails) void this.mailOffer(m, request.jobLabel, request.startsAt, request.answerBy);
    return offers;
  }

  private async mailOffer(
    m: { to: string; firstName: string; token: string },
    job: string,
    startsAt: Date,
    answerBy: Date,
  ) {
    if (!this.mailer.enabled) return;
    const link = `${this.config.publicUrl ?? ''}/offre/${m.token}`;
    try {
      await this.mailer.send({
        to: m.to,
        subject: `Tremplin — Remplacement proposé : ${job}`,
        text: [
          `Bonjour ${m.firstName},`,
          '',
          `Un remplacement vous est proposé : ${job}, à partir du ${when(startsAt)}.`,
          'Pour voir le détail et répondre (accepter ou refuser), ouvrez ce lien :',
          link,
          '',
          `Répondez avant le ${when(answerBy)}. La première personne qui accepte obtient la place ; le lien ne sert qu’une fois.`,
        ].join('\n'),
      });
    } catch (e) {
      this.logger.warn(`Offre de remplacement non envoyée : ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** What the link shows; an unknown token is refused. */
  async read(token: string): Promise<PublicReplacementOfferType> {
    const offer = await this.repo.offerByToken(hashOfferToken(token), false);
    if (!offer) throw new NotFoundError(REPLACEMENT_MESSAGES.linkInvalid);
    return this.view(offer, null);
  }

  /** Accepts or declines; the first accept wins (see the class). */
  async answer(token: string, accept: boolean): Promise<PublicReplacementOfferType> {
    let filled = false;
    const result = await this.db.transaction(async (tx) => {
      const found = await this.repo.offerByToken(hashOfferToken(token), false, tx);
      if (!found) throw new NotFoundError(REPLACEMENT_MESSAGES.linkInvalid);
      // The request first, then the offer: every answer to one request queues on the request's row (no deadlock
      // with the winner marking the other offers taken); the first accept wins, the next ones read it filled.
      const request = await this.repo.request(found.structureId, null, found.requestId, true, tx);
      const offer = (await this.repo.offerByToken(hashOfferToken(token), true, tx)) as OfferByToken;
      if (offer.answeredAt) throw new ConflictError(REPLACEMENT_MESSAGES.linkUsed);
      if (offer.status === ReplacementOfferStatus.TAKEN) return this.view(offer, REPLACEMENT_MESSAGES.taken);
      if (offer.expiresAt.getTime() <= this.clock.now().getTime())
        throw new BadUserInputError([{ field: 'token', message: REPLACEMENT_MESSAGES.linkExpired }]);
      if (!accept) {
        await this.repo.answer(offer.offerId, ReplacementOfferStatus.DECLINED, tx);
        return this.view(
          { ...offer, status: ReplacementOfferStatus.DECLINED },
          'Votre refus est enregistré. Merci de votre réponse !',
        );
      }
      if (!request || (request.status !== ReplacementStatus.OPEN && request.status !== ReplacementStatus.OFFERED)) {
        await this.repo.answer(offer.offerId, ReplacementOfferStatus.TAKEN, tx);
        return this.view({ ...offer, status: ReplacementOfferStatus.TAKEN }, REPLACEMENT_MESSAGES.taken);
      }
      const site = await this.repo.site(request.partnerOrganisationId, request.siteId, tx);
      const end = localParts(request.endsAt);
      const endDay =
        end.minute === 0 && request.endsAt.getTime() - request.startsAt.getTime() > 0 ? addDays(end.day, -1) : end.day;
      const startDay = localParts(request.startsAt).day;
      const mission = await this.situations.recordMission(
        offer.structureId,
        // The counsellor who sent the offer records the mission (created_by has no foreign key).
        (offer.createdById ?? request.createdById) as string,
        {
          personId: offer.personId,
          kind: MissionKind.PLACEMENT,
          hostOrganisationId: request.partnerOrganisationId,
          site: site?.name ?? null,
          startDate: startDay,
          endDate: endDay < startDay ? startDay : endDay,
          minutes: request.minutes,
          tutorFeedback: null,
        },
        tx,
      );
      await this.repo.answer(offer.offerId, ReplacementOfferStatus.ACCEPTED, tx);
      await this.repo.setStatus(request.id, ReplacementStatus.FILLED, mission.id, tx);
      await this.repo.markOthersTaken(request.id, tx);
      await this.notifications.notify(tx, [
        {
          recipientUserIds: await this.notifications.reviewersOf(tx, request.partnerOrganisationId),
          kind: NotificationKind.REPLACEMENT_FILLED,
          title: `Remplacement pourvu : ${request.jobLabel}`.slice(0, 200),
          body: `${formatMinutes(request.minutes)} à partir du ${when(request.startsAt)}. La fiche de compétences de la personne est sur la demande.`,
          link: '/portail/remplacements',
          missionId: mission.id,
        },
      ]);
      filled = true;
      return this.view(
        { ...offer, status: ReplacementOfferStatus.ACCEPTED, requestStatus: ReplacementStatus.FILLED },
        'C’est noté : le remplacement est pour vous. Votre conseiller vous rappelle pour les détails.',
      );
    });
    if (filled) this.requests.sendEmails();
    return result;
  }

  private view(o: OfferByToken, message: string | null): PublicReplacementOfferType {
    const live =
      o.status === ReplacementOfferStatus.SENT &&
      !o.answeredAt &&
      o.expiresAt.getTime() > this.clock.now().getTime() &&
      (o.requestStatus === ReplacementStatus.OPEN || o.requestStatus === ReplacementStatus.OFFERED);
    const why =
      message ??
      (live
        ? null
        : o.status === ReplacementOfferStatus.ACCEPTED
          ? 'Vous avez accepté ce remplacement.'
          : o.status === ReplacementOfferStatus.DECLINED
            ? 'Vous avez refusé ce remplacement.'
            : o.status === ReplacementOfferStatus.TAKEN || o.requestStatus === ReplacementStatus.FILLED
              ? REPLACEMENT_MESSAGES.taken
              : o.expiresAt.getTime() <= this.clock.now().getTime()
                ? REPLACEMENT_MESSAGES.linkExpired
                : REPLACEMENT_MESSAGES.noLongerOpen);
    return {
      firstName: o.firstName,
      jobLabel: o.jobLabel,
      organisationName: o.organisationName,
      siteCity: o.siteCity,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      minutes: o.minutes,
      answerBy: o.expiresAt,
      status: o.status,
      answerable: live && message === null,
      message: why,
    };
  }
}
