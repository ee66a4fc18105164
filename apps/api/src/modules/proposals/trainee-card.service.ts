import { Injectable, Inject } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BLOCK_RESULT_LABELS,
  type BlockResult,
  blockProgress,
  CERTIFICATION_OUTCOME_LABELS,
  CertificationOutcome,
  certificationOutcome,
  ContractStatus,
  MISSION_HOURS_STATUS_LABELS,
  MISSION_KIND_LABELS,
  type MissionHoursStatus,
  type MissionKind,
  SessionKind,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  todayInParis,
  traineeDisplayName,
} from '@tremplin/domain';
import { groupByKey } from '../../core/graphql/request-loader';
import { attendedMinutesSql } from '../contracts/contract-attendance';
import {
  TraineeBlockType,
  TraineeCardType,
  TraineeCertificationType,
  TraineeEvaluationType,
  TraineeMissionType,
  TraineeTrainingType,
} from './dto/trainee-card.type';
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

/** Contract statuses that make a professionalisation contract « current », the running one first. */
const CURRENT_CONTRACT_STATUSES: readonly ContractStatus[] = [ContractStatus.ACTIVE, ContractStatus.ACCEPTED];

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

/** Runs the statements one after the other (a transaction's connection takes one query at a time). */
async function sequence<T extends readonly unknown[]>(steps: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps as readonly (() => Promise<unknown>)[]) results.push(await step());
  return results as unknown as T;
}

/** `unnest` of the requests: aliased `k(structure_id, person_id, partner_id, share_contact)`, ordinal `n`. */
const KEYS = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)`;

/**
 * Builds trainee cards — for the counsellor's preview and for the partner's portal alike, so that the preview is
 * exactly what is shared. Batched: six statements whatever the number of cards. Contact details are read from the
 * database only when the person agreed to share them.
 */
@Injectable()
export class TraineeCardService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async cards(
    db: DataSource | EntityManager,
    requests: readonly CardRequest[],
    today = todayInParis(this.clock.now()),
  ): Promise<(TraineeCardType | null)[]> {
    if (requests.length === 0) return [];
    const params = [
      requests.map((r) => r.structureId),
      requests.map((r) => r.personId),
      requests.map((r) => r.partnerOrganisationId),
      requests.map((r) => r.shareContact),
    ];
    // In sequence: `db` may be a transaction's single connection.
    const [persons, blocks, evaluations, results, training, missions] = await sequence([
      () =>
        db.query(
          `SELECT k.n::int AS n, p.first_name AS "firstName", p.last_name AS "lastName",
                CASE WHEN k.share_contact THEN p.phone END AS phone, CASE WHEN k.share_contact THEN p.email END AS email,
                s.name AS "structureName", c.title AS "certificationTitle", c.rncp_code AS "certificationCode"
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           JOIN structure s ON s.id = p.structure_id
           LEFT JOIN certification c ON c.id = p.target_certification_id`,
          params,
        ) as Promise<
          {
            n: number;
            firstName: string;
            lastName: string;
            phone: string | null;
            email: string | null;
            structureName: string;
            certificationTitle: string | null;
            certificationCode: string | null;
          }[]
        >,
      () =>
        db.query(
          `SELECT k.n::int AS n, b.id, b.code, b.title
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           JOIN certification_block b ON b.certification_id = p.target_certification_id
          ORDER BY b.position, b.code`,
          params,
        ) as Promise<{ n: number; id: string; code: string; title: string }[]>,
      () =>
        db.query(
          `SELECT k.n::int AS n, e.block_id AS "blockId", b.title AS "blockTitle", e.level, e.evaluated_on::text AS "evaluatedOn",
                e.evaluator_name AS "evaluatorName", e.comment
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           JOIN skills_evaluation e ON e.structure_id = p.structure_id AND e.person_id = p.id
           JOIN certification_block b ON b.id = e.block_id AND b.certification_id = p.target_certification_id
          ORDER BY e.evaluated_on, e.created_at, e.id`,
          params,
        ) as Promise<
          {
            n: number;
            blockId: string;
            blockTitle: string;
            level: string;
            evaluatedOn: string;
            evaluatorName: string;
            comment: string | null;
          }[]
        >,
      () =>
        db.query(
          `SELECT k.n::int AS n, r.block_id AS "blockId", r.result
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           JOIN exam_session x ON x.structure_id = p.structure_id AND x.person_id = p.id
                              AND x.certification_id = p.target_certification_id
           JOIN exam_result r ON r.exam_session_id = x.id AND r.structure_id = x.structure_id
          ORDER BY x.session_date, x.created_at`,
          params,
        ) as Promise<{ n: number; blockId: string; result: string }[]>,
      () =>
        db.query(
          `SELECT k.n::int AS n, c.planned_training_minutes AS planned,
                CASE WHEN c.id IS NOT NULL THEN ${attendedMinutesSql('$5')}
                     ELSE COALESCE((SELECT SUM(a.minutes_attended)
                                      FROM session_attendance a
                                      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                                     WHERE a.structure_id = k.structure_id AND a.person_id = k.person_id
                                       AND s.kind = '${SessionKind.TRAINING}' AND s.session_date <= $5::date), 0)::int
                END AS attended
           FROM ${KEYS}
           LEFT JOIN LATERAL (
             SELECT * FROM professionalisation_contract pc
              WHERE pc.structure_id = k.structure_id AND pc.person_id = k.person_id AND pc.status = ANY($6::text[])
              ORDER BY (pc.status = '${ContractStatus.ACTIVE}') DESC, pc.start_date DESC, pc.id
              LIMIT 1) c ON true`,
          [...params, today, [...CURRENT_CONTRACT_STATUSES]],
        ) as Promise<{ n: number; planned: number | null; attended: number }[]>,
      () =>
        db.query(
          `SELECT k.n::int AS n, m.id, m.kind, m.site, m.start_date::text AS "startDate", m.end_date::text AS "endDate",
                m.minutes, m.hours_status AS "hoursStatus", m.tutor_feedback AS "tutorFeedback"
           FROM ${KEYS}
           JOIN mission m ON m.structure_id = k.structure_id AND m.person_id = k.person_id
                         AND m.host_organisation_id = k.partner_id
          ORDER BY m.start_date DESC, m.end_date DESC, m.id`,
          params,
        ) as Promise<
          {
            n: number;
            id: string;
            kind: string;
            site: string | null;
            startDate: string;
            endDate: string;
            minutes: number;
            hoursStatus: string;
            tutorFeedback: string | null;
          }[]
        >,
    ]);
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
