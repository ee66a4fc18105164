import type { EntityManager } from 'typeorm';
import { AdmissionOutcome, type StageEvidence } from '@tremplin/domain';

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
export async function gatherStageEvidence(
  manager: EntityManager,
  structureId: string,
  personIds: readonly string[],
  onDay: string,
): Promise<Map<string, StageEvidence>> {
  const rows: {
    id: string;
    admitted: boolean;
    employment_contract: boolean;
    training_plan_with_tutor: boolean;
    certification_target: boolean;
    exam_session_or_result: boolean;
    exit_recorded: boolean;
  }[] = await manager.query(
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
