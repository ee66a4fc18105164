import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BLOCK_RESULT_LABELS,
  BlockResult,
  changedLines,
  type CurrentLine,
  certificationOutcome,
  type CertificationOutcome,
  type FieldError,
  formatIsoDateFr,
  todayInParis,
} from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ChangedLinesError } from '../../core/errors/app-errors';
import type { CertificationBlockEntity, CertificationEntity } from '../certifications';
import { groupByKey } from '../../database/repository';
import type { RecordExamSessionInput } from './dto/exam-session.input';
import { ExamSessionsRepository } from './exam-sessions.repository';
import type { ExamSessionEntity } from './outcome.entities';
import { OUTCOME_MESSAGES } from './outcomes.common';
import { CLOCK, type Clock } from '../../core/clock/clock';

export interface ExamCertificationRow {
  certification: CertificationEntity;
  blockCount: number;
}

/** A block's latest result, in `changedLines` of a refused session. */
export interface ExamBlockLineValues {
  blockId: string;
  blockCode: string;
  result: string;
  resultLabel: string;
  sessionDate: string;
}

export interface ExamResultRow {
  sessionId: string;
  blockId: string;
  blockCode: string;
  blockTitle: string;
  blockPosition: number;
  result: string;
}

/** Exam sessions and their results per block, and the certification outcome. Every query is scoped by structure. */
@Injectable()
export class ExamSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exams: ExamSessionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Records a session with its results. Every block must belong to the session's certification, once; a session to
   * come (after today) is recorded without results.
   */
  async record(
    structureId: string,
    userId: string,
    input: RecordExamSessionInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ExamSessionEntity> {
    return this.db.transaction(async (tx) => {
      // Locked: the stage gates read the person's exam sessions under the same lock.
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      const certification = await this.exams.findCertification(input.certificationId, tx);
      if (!certification)
        throw new BadUserInputError([{ field: 'certificationId', message: OUTCOME_MESSAGES.certificationNotFound }]);

      const own = new Map((await this.exams.blocksOf(certification.id, tx)).map((b) => [b.id, b]));
      const foreignIds = [...new Set(input.results.map((r) => r.blockId).filter((id) => !own.has(id)))];
      const foreign = new Map(
        (foreignIds.length ? await this.exams.blocksWithCertification(foreignIds, tx) : []).map((b) => [b.id, b]),
      );
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      input.results.forEach((r, i) => {
        const field = `results.${i}.blockId`;
        const block = own.get(r.blockId);
        if (!block) {
          const other = foreign.get(r.blockId);
          errors.push({
            field,
            message: other
              ? `Le bloc ${other.code} « ${other.title} » appartient à la certification « ${other.certification?.title ?? ''} », ` +
                `pas à « ${certification.title} » : choisissez un bloc de « ${certification.title} ».`
              : OUTCOME_MESSAGES.blockNotFound,
          });
        } else if (seen.has(r.blockId)) {
          errors.push({
            field,
            message: `Le bloc ${block.code} figure deux fois : un seul résultat par bloc et par session.`,
          });
        }
        seen.add(r.blockId);
      });
      if (input.results.length > 0 && input.sessionDate > today)
        errors.unshift({
          field: 'sessionDate',
          message:
            `La session du ${formatIsoDateFr(input.sessionDate)} n’a pas encore eu lieu : ` +
            `enregistrez-la sans résultats pour la programmer.`,
        });
      if (errors.length) throw new BadUserInputError(errors);
      await this.refuseResultsRecordedSince(tx, structureId, person.id, input.results, own);

      const session = await this.exams.createSession(
        {
          structureId,
          personId: person.id,
          createdById: userId,
          certificationId: certification.id,
          sessionDate: input.sessionDate,
          centre: input.centre,
        },
        tx,
      );
      if (input.results.length)
        await this.exams.insertResults(
          input.results.map((r) => ({
            structureId,
            examSessionId: session.id,
            blockId: r.blockId,
            result: r.result,
          })),
          tx,
        );
      return session;
    });
  }

  /**
   * CONFLICT when a block sent with the version it was read at (its number of results for the person) has had a result
   * recorded since — the same jury entered by someone else (docs/domain/concurrent-edits.md). One statement, under
   * the person's lock taken by `record`.
   */
  private async refuseResultsRecordedSince(
    tx: EntityManager,
    structureId: string,
    personId: string,
    results: RecordExamSessionInput['results'],
    blocks: Map<string, CertificationBlockEntity>,
  ): Promise<void> {
    // The lines sent with a version, with their place in the input; 0 results read = no line then.
    const sent = results.flatMap((r, i) =>
      r.version === null || r.version === undefined ? [] : [{ i, key: r.blockId, version: r.version || null }],
    );
    if (!sent.length) return;
    const rows = await this.exams.blockResults(
      structureId,
      personId,
      sent.map((l) => l.key),
      tx,
    );
    const current = new Map<string, CurrentLine<ExamBlockLineValues>>(
      rows.map((r) => [
        r.block_id,
        {
          version: r.n,
          values: {
            blockId: r.block_id,
            blockCode: blocks.get(r.block_id)?.code ?? '',
            result: r.result,
            resultLabel: BLOCK_RESULT_LABELS[r.result as BlockResult] ?? r.result,
            sessionDate: r.session_date,
          },
        },
      ]),
    );
    const changed = changedLines(sent, current, (j) => `results.${sent[j].i}`);
    if (!changed.length) return;
    const described = changed.map((c) =>
      c.current
        ? `${c.current.blockCode} (${c.current.resultLabel.toLowerCase()}, session du ${formatIsoDateFr(c.current.sessionDate)})`
        : (blocks.get(c.key)?.code ?? c.key),
    );
    throw new ChangedLinesError(
      `Des résultats ont été enregistrés depuis que vous avez ouvert la fiche pour ${changed.length > 1 ? 'les blocs' : 'le bloc'} ` +
        `${described.join(', ')}. Rien n’est enregistré : vérifiez que cette session n’est pas déjà saisie, puis ` +
        'enregistrez-la de nouveau si elle manque.',
      changed,
    );
  }

  /** The sessions of each person, latest first. */
  sessionsByPersons(structureId: string, personIds: readonly string[]): Promise<ExamSessionEntity[][]> {
    return this.exams.sessionsByPersons(structureId, personIds);
  }

  /** Certifications (a reference list, not owned by a structure) with their number of blocks. */
  async certificationsByIds(ids: readonly string[]): Promise<(ExamCertificationRow | null)[]> {
    const rows = await this.exams.certificationsWithBlockCount(ids);
    const byId = new Map(rows.map((r) => [r.certification.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The results of each session, in the order of the certification's blocks. */
  async resultsBySessions(structureId: string, sessionIds: readonly string[]): Promise<ExamResultRow[][]> {
    const rows = await this.exams.resultsOfSessions(structureId, sessionIds);
    return groupByKey(
      sessionIds,
      rows.map((r) => ({
        sessionId: r.session_id,
        blockId: r.block_id,
        blockCode: r.code,
        blockTitle: r.title,
        blockPosition: r.position,
        result: r.result,
      })),
      (r) => r.sessionId,
    );
  }

  /**
   * The outcome of each person's target certification over all their sessions for it, the latest result of each
   * block winning (sessions in date order). `null` when the person has no target, or no result for it yet.
   */
  async outcomeByPersons(structureId: string, personIds: readonly string[]): Promise<(CertificationOutcome | null)[]> {
    const rows = await this.exams.targetResults(structureId, personIds);
    return groupByKey(personIds, rows, (r) => r.person_id).map((results) =>
      results.length === 0
        ? null
        : certificationOutcome(
            results[0].block_count,
            results.map((r) => ({ blockId: r.block_id, result: r.result as BlockResult })),
          ),
    );
  }
}
