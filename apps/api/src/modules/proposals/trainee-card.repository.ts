import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ContractStatus, SessionKind } from '@tremplin/domain';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { attendedMinutesSql } from '../contracts';

/** Whose card, for which organisation, and whether the contact details may be read. */
export interface CardKey {
  structureId: string;
  personId: string;
  partnerOrganisationId: string;
  shareContact: boolean;
}

/** Contract statuses that make a professionalisation contract « current », the running one first. */
const CURRENT_CONTRACT_STATUSES: readonly ContractStatus[] = [ContractStatus.ACTIVE, ContractStatus.ACCEPTED];

/** Runs the statements one after the other (a transaction's connection takes one query at a time). */
async function sequence<T extends readonly unknown[]>(steps: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const step of steps as readonly (() => Promise<unknown>)[]) results.push(await step());
  return results as unknown as T;
}

/**
 * Contract statuses whose certification is the one a person prepares, in order of preference: the running contract,
 * then one about to start, deposited, drafted, and last a completed one (the exam may still be ahead).
 */
const CERTIFICATION_CONTRACT_STATUSES: readonly ContractStatus[] = [
  ContractStatus.ACTIVE,
  ContractStatus.ACCEPTED,
  ContractStatus.SUBMITTED,
  ContractStatus.DRAFT,
  ContractStatus.COMPLETED,
];
const STATUS_ARRAY = `ARRAY[${CERTIFICATION_CONTRACT_STATUSES.map((st) => `'${st}'`).join(', ')}]::text[]`;

/**
 * After `person p`: the certification their card shows, `tc.certification_id` — the target set on the person, else
 * the one named by their current contrat de professionnalisation (a contract names its certification; the person's
 * own target is often left empty then). The card's certification, blocks, evaluations and exam results, the preview
 * and the portal's list all read it from here, so that they agree.
 */
export const CARD_CERTIFICATION = `CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(${STATUS_ARRAY})
       ORDER BY array_position(${STATUS_ARRAY}, pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc`;

/** `unnest` of the requests: aliased `k(structure_id, person_id, partner_id, share_contact)`, ordinal `n`. */
const KEYS = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)`;

/** The rows trainee cards are built from; `n` is the 1-based ordinal of the card's key. */
export interface CardRows {
  persons: {
    n: number;
    firstName: string;
    lastName: string;
    phone: string | null;
    email: string | null;
    structureName: string;
    certificationTitle: string | null;
    certificationCode: string | null;
  }[];
  blocks: { n: number; id: string; code: string; title: string }[];
  evaluations: {
    n: number;
    blockId: string;
    blockTitle: string;
    level: string;
    evaluatedOn: string;
    evaluatorName: string;
    comment: string | null;
  }[];
  results: { n: number; blockId: string; result: string }[];
  training: { n: number; planned: number | null; attended: number }[];
  missions: {
    n: number;
    id: string;
    kind: string;
    site: string | null;
    startDate: string;
    endDate: string;
    minutes: number;
    hoursStatus: string;
    tutorFeedback: string | null;
  }[];
}

/** The SQL of trainee cards (ADR 0011): six statements whatever the number of cards. */
@Injectable()
export class TraineeCardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The rows of the cards of `keys` on `today`. Contact details are read from the database only when the person agreed
   * to share them.
   */
  @SqlSnapshot({
    params: [
      [
        {
          structureId: SNAPSHOT_UUID,
          personId: SNAPSHOT_UUID,
          partnerOrganisationId: SNAPSHOT_UUID,
          shareContact: true,
        },
      ],
      '2026-01-05',
    ],
  })
  async cardRows(keys: readonly CardKey[], today: string, tx: EntityManager = this.db.manager): Promise<CardRows> {
    const params = [
      keys.map((r) => r.structureId),
      keys.map((r) => r.personId),
      keys.map((r) => r.partnerOrganisationId),
      keys.map((r) => r.shareContact),
    ];
    // In sequence: `tx` may be a transaction's single connection.
    const [persons, blocks, evaluations, results, training, missions] = await sequence([
      () =>
        tx.query(
          `SELECT k.n::int AS n, p.first_name AS "firstName", p.last_name AS "lastName",
                CASE WHEN k.share_contact THEN p.phone END AS phone, CASE WHEN k.share_contact THEN p.email END AS email,
                s.name AS "structureName", c.title AS "certificationTitle", c.rncp_code AS "certificationCode"
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           ${CARD_CERTIFICATION}
           JOIN structure s ON s.id = p.structure_id
           LEFT JOIN certification c ON c.id = tc.certification_id`,
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
        tx.query(
          `SELECT k.n::int AS n, b.id, b.code, b.title
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           ${CARD_CERTIFICATION}
           JOIN certification_block b ON b.certification_id = tc.certification_id
          ORDER BY b.position, b.code`,
          params,
        ) as Promise<{ n: number; id: string; code: string; title: string }[]>,
      () =>
        tx.query(
          `SELECT k.n::int AS n, e.block_id AS "blockId", b.title AS "blockTitle", e.level, e.evaluated_on::text AS "evaluatedOn",
                e.evaluator_name AS "evaluatorName", e.comment
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           ${CARD_CERTIFICATION}
           JOIN skills_evaluation e ON e.structure_id = p.structure_id AND e.person_id = p.id
           JOIN certification_block b ON b.id = e.block_id AND b.certification_id = tc.certification_id
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
        tx.query(
          `SELECT k.n::int AS n, r.block_id AS "blockId", r.result
           FROM ${KEYS}
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           ${CARD_CERTIFICATION}
           JOIN exam_session x ON x.structure_id = p.structure_id AND x.person_id = p.id
                              AND x.certification_id = tc.certification_id
           JOIN exam_result r ON r.exam_session_id = x.id AND r.structure_id = x.structure_id
          ORDER BY x.session_date, x.created_at`,
          params,
        ) as Promise<{ n: number; blockId: string; result: string }[]>,
      () =>
        tx.query(
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
        tx.query(
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
    return { persons, blocks, evaluations, results, training, missions };
  }
}
