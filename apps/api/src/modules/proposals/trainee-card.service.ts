import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BLOCK_RESULT_LABELS,
  type BlockResult,
  blockProgress,
  CERTIFICATION_OUTCOME_LABELS,
  CertificationOutcome,
  certificationOutcome,
  MISSION_HOURS_STATUS_LABELS,
  MISSION_KIND_LABELS,
  type MissionHoursStatus,
  type MissionKind,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  todayInParis,
  traineeDisplayName,
} from '@tremplin/domain';
import { groupByKey } from '../../database/repository';
import {
  TraineeBlockType,
  TraineeCardType,
  TraineeCertificationType,
  TraineeEvaluationType,
  TraineeMissionType,
  TraineeTrainingType,
} from './dto/trainee-card.type';
import { TraineeCardRepository } from './trainee-card.repository';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** What one card is built from: whose, for which organisation, with what the person agreed to share. */
export interface CardRequest {
  structureId: string;
  personId: string;
  partnerOrganisationId: string;
  shareFullName: boolean;
  shareContact: boolean;
  message: string | null;
}

/** Status of a target certification without any exam result yet. */
export const CERTIFICATION_IN_PROGRESS_LABEL = 'En préparation (pas encore de résultat d’examen)';

/** The card sections a read returns, for the audit trail (field names, never values). */
export function cardFields(card: TraineeCardType): string[] {
  return [
    'displayName',
    'structureName',
    ...(card.phone !== null ? ['phone'] : []),
    ...(card.email !== null ? ['email'] : []),
    ...(card.message !== null ? ['message'] : []),
    ...(card.certification ? ['certification'] : []),
    'evaluations',
    'training',
    'missions',
  ];
}

/**
 * Builds trainee cards — for the counsellor's preview and for the partner's portal alike, so that the preview is
 * exactly what is shared. Batched: six statements whatever the number of cards. Contact details are read from the
 * database only when the person agreed to share them.
 */
@Injectable()
export class TraineeCardService {
  constructor(
    private readonly repo: TraineeCardRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The cards of `requests` (in the caller's transaction `tx`, if any), null for a person not found. */
  async cards(
    requests: readonly CardRequest[],
    tx?: EntityManager,
    today = todayInParis(this.clock.now()),
  ): Promise<(TraineeCardType | null)[]> {
    if (requests.length === 0) return [];
    const { persons, blocks, evaluations, results, training, missions } = await this.repo.cardRows(requests, today, tx);
    const ordinals = requests.map((_, i) => i + 1);
    const personOf = new Map(persons.map((p) => [p.n, p]));
    const blocksOf = groupByKey(ordinals, blocks, (r) => r.n);
    const evaluationsOf = groupByKey(ordinals, evaluations, (r) => r.n);
    const resultsOf = groupByKey(ordinals, results, (r) => r.n);
    const trainingOf = new Map(training.map((t) => [t.n, t]));
    const missionsOf = groupByKey(ordinals, missions, (r) => r.n);

    return requests.map((req, i) => {
      const n = i + 1;
      const p = personOf.get(n);
      if (!p) return null;
      const evals = evaluationsOf[i];
      let certification: TraineeCertificationType | null = null;
      if (p.certificationTitle !== null) {
        const certBlocks = blocksOf[i];
        const progress = blockProgress(
          evals.map((e) => ({ blockId: e.blockId, level: e.level as SkillLevel, evaluatedOn: e.evaluatedOn })),
          certBlocks.map((b) => b.id),
        );
        const examResults = resultsOf[i].map((r) => ({ blockId: r.blockId, result: r.result as BlockResult }));
        const latestResult = new Map(examResults.map((r) => [r.blockId, r.result]));
        const outcome = examResults.length ? certificationOutcome(certBlocks.length, examResults) : null;
        certification = Object.assign(new TraineeCertificationType(), {
          title: p.certificationTitle,
          code: p.certificationCode,
          statusLabel: outcome ? CERTIFICATION_OUTCOME_LABELS[outcome] : CERTIFICATION_IN_PROGRESS_LABEL,
          obtained: outcome === CertificationOutcome.FULL,
          blocks: certBlocks.map((b, j) => {
            const result = latestResult.get(b.id);
            return Object.assign(new TraineeBlockType(), {
              code: b.code,
              title: b.title,
              levelLabel: progress[j].evaluatedOn ? SKILL_LEVEL_LABELS[progress[j].level] : null,
              evaluatedOn: progress[j].evaluatedOn,
              resultLabel: result ? (BLOCK_RESULT_LABELS[result] ?? result) : null,
            });
          }),
        });
      }
      const t = trainingOf.get(n);
      return Object.assign(new TraineeCardType(), {
        displayName: traineeDisplayName(p.firstName, p.lastName, req.shareFullName),
        phone: req.shareContact ? p.phone : null,
        email: req.shareContact ? p.email : null,
        structureName: p.structureName,
        message: req.message,
        certification,
        evaluations: [...evals].reverse().map((e) =>
          Object.assign(new TraineeEvaluationType(), {
            blockTitle: e.blockTitle,
            levelLabel: SKILL_LEVEL_LABELS[e.level as SkillLevel] ?? e.level,
            evaluatedOn: e.evaluatedOn,
            evaluatorName: e.evaluatorName,
            comment: e.comment,
          }),
        ),
        training: Object.assign(new TraineeTrainingType(), {
          attendedMinutes: t?.attended ?? 0,
          plannedMinutes: t?.planned ?? null,
        }),
        missions: missionsOf[i].map((m) =>
          Object.assign(new TraineeMissionType(), {
            id: m.id,
            kindLabel: MISSION_KIND_LABELS[m.kind as MissionKind] ?? m.kind,
            site: m.site,
            startDate: m.startDate,
            endDate: m.endDate,
            minutes: m.minutes,
            hoursStatus: m.hoursStatus,
            hoursStatusLabel: MISSION_HOURS_STATUS_LABELS[m.hoursStatus as MissionHoursStatus] ?? m.hoursStatus,
            tutorFeedback: m.tutorFeedback,
          }),
        ),
      });
    });
  }
}
