import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  addMonths,
  AI_PLACEMENT_WINDOW_MONTHS,
  type FieldError,
  NotificationKind,
  SkillLevel,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import type { ReplacementSlotInput } from './dto/replacement.inputs';
import { type RankedCandidate, rankCandidates, type RankingRequest, slotCalendar } from './ranking';
import type { ReplacementRequestEntity } from './replacement.entities';
import { ReplacementCandidatesRepository } from './replacement-candidates.repository';
import { REPLACEMENT_MESSAGES, ReplacementStatus } from './replacements.common';
import { ReplacementsRepository } from './replacements.repository';

/** Who asks: a counsellor for their structure, or a partner reviewer for their organisation. */
export type Asker =
  { structureId: string; partnerOrganisationId: null } | { structureId: null; partnerOrganisationId: string };

export interface Ranking {
  request: ReplacementRequestEntity;
  candidates: RankedCandidate[];
  excluded: RankedCandidate[];
}

/** How many due requests the escalation job takes per statement. */
const ESCALATION_BATCH = 200;

/** Requests, their ranked candidates, the escalation when unfilled, the figures (docs/domain/replacements.md). */
@Injectable()
export class ReplacementsService {
  private readonly logger = new Logger(ReplacementsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly repo: ReplacementsRepository,
    private readonly facts: ReplacementCandidatesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Posts a request to `structureId` for `partnerOrganisationId`; the structure's staff is notified at once. */
  async request(
    structureId: string,
    partnerOrganisationId: string,
    user: AuthUser,
    input: ReplacementSlotInput,
    fromPortal: boolean,
  ): Promise<ReplacementRequestEntity> {
    const created = await this.db.transaction(async (tx) => {
      const errors = this.checkSlot(input);
      const known = isUuid(structureId) && isUuid(partnerOrganisationId);
      if (!known || !(await this.repo.hasPartnership(structureId, partnerOrganisationId, tx))) {
        if (fromPortal)
          throw new BadUserInputError([{ field: 'structureId', message: REPLACEMENT_MESSAGES.noPartnership }]);
        throw new NotFoundError(REPLACEMENT_MESSAGES.requestNotFound);
      }
      const site = isUuid(input.siteId) ? await this.repo.site(partnerOrganisationId, input.siteId, tx) : null;
      if (!site) errors.push({ field: 'siteId', message: REPLACEMENT_MESSAGES.siteNotFound });
      const blockIds = [...new Set(input.requiredBlockIds)];
      const blocks = blockIds.every(isUuid) ? await this.repo.blocks(blockIds, tx) : [];
      if (blocks.length !== blockIds.length)
        errors.push({
          field: 'requiredBlockIds',
          message: 'Un des blocs exigés est introuvable : choisissez-les dans la liste.',
        });
      if (errors.length) throw new BadUserInputError(errors);
      const row = await this.repo.insertRequest(
        {
          structureId,
          partnerOrganisationId,
          siteId: input.siteId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          minutes: input.minutes,
          jobLabel: input.jobLabel,
          requiredBlockIds: blockIds,
          minLevel: input.minLevel,
          requiredClearances: [...new Set(input.requiredClearances)],
          answerBy: input.answerBy,
          status: ReplacementStatus.OPEN,
          createdById: user.id,
        },
        tx,
      );
      await this.notifications.notify(tx, [
        {
          recipientUserIds: await this.repo.staffOf(structureId, tx),
          kind: NotificationKind.REPLACEMENT_REQUESTED,
          title: `Remplacement urgent demandé : ${input.jobLabel}`.slice(0, 200),
          body: `${site?.name ?? ''}${site?.city ? `, ${site.city}` : ''} — réponse attendue avant l’heure limite.`,
          link: `/remplacements/${row.id}`,
        },
      ]);
      return row;
    });
    this.sendEmails();
    return created;
  }

  private checkSlot(input: ReplacementSlotInput): FieldError[] {
    const errors: FieldError[] = [];
    const span = (input.endsAt.getTime() - input.startsAt.getTime()) / 60_000;
    if (span <= 0) errors.push({ field: 'endsAt', message: 'La fin doit être après le début.' });
    else if (input.minutes > span)
      errors.push({ field: 'minutes', message: 'Les heures dépassent la durée du créneau : vérifiez-les.' });
    if (input.answerBy.getTime() > input.startsAt.getTime())
      errors.push({ field: 'answerBy', message: 'L’heure limite de réponse doit précéder le début du remplacement.' });
    else if (input.answerBy.getTime() <= this.clock.now().getTime())
      errors.push({ field: 'answerBy', message: 'L’heure limite de réponse est déjà passée.' });
    return errors;
  }

  /** The asker's requests, newest slot first; those past their answer-by time unfilled are escalated first. */
  async list(asker: Asker): Promise<ReplacementRequestEntity[]> {
    const rows = await this.repo.list(asker.structureId, asker.partnerOrganisationId);
    const escalated = await this.escalate(rows);
    return rows.map((r) => escalated.get(r.id) ?? r);
  }

  /** One request of the asker, NOT_FOUND otherwise (another structure's or organisation's reads the same). */
  async one(asker: Asker, id: string): Promise<ReplacementRequestEntity> {
    const row = isUuid(id) ? await this.repo.request(asker.structureId, asker.partnerOrganisationId, id, false) : null;
    if (!row) throw new NotFoundError(REPLACEMENT_MESSAGES.requestNotFound);
    return (await this.escalate([row])).get(row.id) ?? row;
  }

  /**
   * Checked on read: requests OPEN or OFFERED whose answer-by time passed are ESCALATED (one statement), and the
   * counsellor who posted (else the structure's staff) is notified once — the UPDATE changes each row only once.
   */
  async escalate(rows: readonly ReplacementRequestEntity[]): Promise<Map<string, ReplacementRequestEntity>> {
    const now = this.clock.now().getTime();
    const due = rows.filter(
      (r) =>
        (r.status === ReplacementStatus.OPEN || r.status === ReplacementStatus.OFFERED) && r.answerBy.getTime() <= now,
    );
    if (!due.length) return new Map();
    const changed = await this.db.transaction(async (tx) => {
      const done = await this.repo.escalateDue(
        due.map((r) => r.id),
        tx,
      );
      for (const r of done)
        await this.notifications.notify(tx, [
          {
            recipientUserIds: await this.followersOf(tx, r),
            kind: NotificationKind.REPLACEMENT_ESCALATED,
            title: `Remplacement non pourvu à l’heure limite : ${r.jobLabel}`.slice(0, 200),
            body: 'Personne n’a accepté avant l’heure limite : appelez l’employeur et les personnes disponibles.',
            link: `/remplacements/${r.id}`,
          },
        ]);
      return done;
    });
    this.sendEmails();
    return new Map(changed.map((r) => [r.id, r]));
  }

  /**
   * The escalation job's pass (ReplacementEscalationWorker): every structure's requests left unfilled at their
   * answer-by time, escalated and notified as on read, 200 at a time; returns how many it escalated.
   */
  async escalateDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.repo.due(ESCALATION_BATCH);
      const escalated = (await this.escalate(due)).size;
      total += escalated;
      // A full batch may hide more; none escalated (another instance was quicker) ends the pass all the same.
      if (due.length < ESCALATION_BATCH || escalated === 0) return total;
    }
  }

  private async followersOf(tx: EntityManager, r: ReplacementRequestEntity): Promise<string[]> {
    const staff = await this.repo.staffOf(r.structureId, tx);
    return r.createdById && staff.includes(r.createdById) ? [r.createdById] : staff;
  }

  /** The ranking of the structure's persons for a request (constant number of statements). */
  async candidates(
    structureId: string,
    requestId: string,
    onlyPersonIds: readonly string[] | null = null,
    tx?: EntityManager,
  ): Promise<Ranking> {
    const manager = tx ?? this.db.manager;
    const request = isUuid(requestId) ? await this.repo.request(structureId, null, requestId, false, manager) : null;
    if (!request) throw new NotFoundError(REPLACEMENT_MESSAGES.requestNotFound);
    const site = await this.repo.site(request.partnerOrganisationId, request.siteId, manager);
    const blocks = await this.repo.blocks(request.requiredBlockIds, manager);
    const { firstDay, lastDay } = slotCalendar(request);
    // The cap's window ends on the slot's last day; the week's Monday is at most 6 days before its first.
    const windowStart = addDays(addMonths(lastDay, -AI_PLACEMENT_WINDOW_MONTHS), 1);
    const facts = await this.facts.facts(
      structureId,
      windowStart < addDays(firstDay, -6) ? windowStart : addDays(firstDay, -6),
      request.requiredBlockIds,
      onlyPersonIds,
      request.requiredClearances,
      firstDay,
      lastDay,
      manager,
    );
    const rankingRequest: RankingRequest = {
      startsAt: request.startsAt,
      endsAt: request.endsAt,
      minutes: request.minutes,
      hostOrganisationId: request.partnerOrganisationId,
      siteName: site?.name ?? '',
      siteLatitude: site?.latitude ?? null,
      siteLongitude: site?.longitude ?? null,
      requiredBlocks: blocks,
      minLevel: request.minLevel as SkillLevel,
      requiredClearances: request.requiredClearances,
    };
    return { request, ...rankCandidates(rankingRequest, facts) };
  }

  /** The year's figures: requests, filled, median time to fill, fill rate per employer (one statement). */
  async stats(structureId: string, year: number) {
    const rows = await this.repo.stats(structureId, year);
    const total = rows.find((r) => r.partnerOrganisationId === null);
    return {
      year,
      requests: total?.requests ?? 0,
      filled: total?.filled ?? 0,
      medianMinutesToFill: total?.medianMinutes ?? null,
      byEmployer: rows
        .filter((r) => r.partnerOrganisationId !== null)
        .map((r) => ({
          partnerOrganisationId: r.partnerOrganisationId as string,
          name: r.name ?? '',
          requests: r.requests,
          filled: r.filled,
          fillRate: r.requests ? r.filled / r.requests : 0,
        })),
    };
  }

  /** Fire and forget, after commit: a mail failure never undoes the change. */
  sendEmails(): void {
    void this.notifications.sendPendingEmails().catch((e: unknown) => {
      this.logger.error(`Envoi des e-mails de notification impossible : ${e instanceof Error ? e.message : String(e)}`);
    });
  }
}
