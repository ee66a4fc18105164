import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionOutcome, type PathwayStage, type StageEvidence } from '@tremplin/domain';
import { type As, readByPersons, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PersonEntity } from '../persons';
import { StageTransitionEntity } from './stage-transition.entity';

type EvidenceRow = RowOf<PersonEntity, 'id'> &
  As<'admitted', boolean> &
  As<'employment_contract', boolean> &
  As<'training_plan_with_tutor', boolean> &
  As<'certification_target', boolean> &
  As<'exam_session_or_result', boolean> &
  As<'exit_recorded', boolean>;

/** The SQL of stage changes: the history, the gates' evidence, the person's stage and its transitions. */
@Injectable()
export class StageChangeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The effective date of the person's latest stage change, `null` when there is none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async lastChangeOn(
    structureId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const [row]: As<'last', string | null>[] = await tx.query(
      `SELECT max(effective_on)::text AS last FROM stage_transition WHERE structure_id = $1 AND person_id = $2`,
      [structureId, personId],
    );
    return row?.last ?? null;
  }

  /**
   * Sets the person's stage and bumps its version if, and only if, its version is still `version` (one UPDATE):
   * whether it was written.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 1, 'TRAINING'] })
  async setStage(
    structureId: string,
    personId: string,
    version: number,
    stage: PathwayStage,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(PersonEntity)
      .set({ stage, version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId AND version = :version', { id: personId, structureId, version })
      .execute();
    return Boolean(result.affected);
  }

  /** Records a stage transition. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: SNAPSHOT_UUID,
        fromStage: 'RECRUITMENT',
        toStage: 'TRAINING',
        effectiveOn: '2026-01-15',
        reason: null,
        overrideReason: null,
        missingEvidence: [],
      },
    ],
  })
  async insertTransition(
    values: Pick<
      StageTransitionEntity,
      | 'structureId'
      | 'personId'
      | 'createdById'
      | 'fromStage'
      | 'toStage'
      | 'effectiveOn'
      | 'reason'
      | 'overrideReason'
      | 'missingEvidence'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(StageTransitionEntity).insert(values);
  }

  /** The person of the structure (after a change, in the same transaction). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  person(structureId: string, personId: string, tx: EntityManager = this.db.manager): Promise<PersonEntity> {
    return tx.getRepository(PersonEntity).findOneByOrFail({ id: personId, structureId });
  }

  /** The stage history of each person, latest first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  historyByPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<StageTransitionEntity[][]> {
    return readByPersons(tx, StageTransitionEntity, structureId, personIds, {
      order: { effectiveOn: 'DESC', createdAt: 'DESC' },
    });
  }

  /**
   * What the stage gates look at, for several persons of a structure in ONE statement (a page of the caseload costs
   * the same as one person). `onDay` is the day a tutoring must be running on (the change's date, or today).
   *
   * - admitted: the latest admission decision (by decision date, then recording) is ADMITTED;
   * - employmentContract: the person has an employment contract with the structure (any kind, any dates);
   * - trainingPlanWithTutor: there is no training-plan record, so « a training plan with a designated tutor » is read
   *   as: the person has a target certification (what the training leads to) AND a tutoring running on `onDay`
   *   (started on or before it, not ended before it), on either side (structure or host);
   * - certificationTarget: the target certification is set;
   * - examSessionOrResult: an exam session (scheduled or sat) for the target certification;
   * - exitRecorded: the exit is recorded.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], '2026-01-15'] })
  async evidenceByPersons(
    structureId: string,
    personIds: readonly string[],
    onDay: string,
    tx: EntityManager = this.db.manager,
  ): Promise<Map<string, StageEvidence>> {
    const rows: EvidenceRow[] = await tx.query(
      `SELECT p.id,
            coalesce((SELECT d.outcome = $4 FROM admission_decision d
                       WHERE d.structure_id = p.structure_id AND d.person_id = p.id
                       ORDER BY d.decided_on DESC, d.created_at DESC LIMIT 1), false) AS admitted,
            EXISTS (SELECT 1 FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id) AS employment_contract,
            (p.target_certification_id IS NOT NULL AND EXISTS (
               SELECT 1 FROM tutoring t WHERE t.structure_id = p.structure_id AND t.person_id = p.id
                  AND t.start_date <= $3::date AND (t.end_date IS NULL OR t.end_date >= $3::date))) AS training_plan_with_tutor,
            p.target_certification_id IS NOT NULL AS certification_target,
            EXISTS (SELECT 1 FROM exam_session s WHERE s.structure_id = p.structure_id AND s.person_id = p.id
                       AND s.certification_id = p.target_certification_id) AS exam_session_or_result,
            EXISTS (SELECT 1 FROM pathway_exit x WHERE x.structure_id = p.structure_id AND x.person_id = p.id) AS exit_recorded
       FROM person p
      WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])`,
      [structureId, [...personIds], onDay, AdmissionOutcome.ADMITTED],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          admitted: r.admitted,
          employmentContract: r.employment_contract,
          trainingPlanWithTutor: r.training_plan_with_tutor,
          certificationTarget: r.certification_target,
          examSessionOrResult: r.exam_session_or_result,
          exitRecorded: r.exit_recorded,
        },
      ]),
    );
  }
}

const REPOSITORIES = new WeakMap<DataSource, StageChangeRepository>();

/** The stage-change repository of a transaction's data source: for `moveToStage`, which other modules call with `tx`. */
export function stageChangeRepositoryOf(tx: EntityManager): StageChangeRepository {
  let repo = REPOSITORIES.get(tx.dataSource);
  if (!repo) REPOSITORIES.set(tx.dataSource, (repo = new StageChangeRepository(tx.dataSource)));
  return repo;
}
