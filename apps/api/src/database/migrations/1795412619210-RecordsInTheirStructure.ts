import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordsInTheirStructure1795412619210 implements MigrationInterface {
  name = 'RecordsInTheirStructure1795412619210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "eligibility_diagnosis" ADD CONSTRAINT "UQ_eligibility_diagnosis_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "pass_iae" ADD CONSTRAINT "UQ_pass_iae_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "collective_session" ADD CONSTRAINT "UQ_collective_session_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(`ALTER TABLE "tutor" ADD CONSTRAINT "UQ_tutor_id_structure" UNIQUE ("id", "structure_id")`);
    await queryRunner.query(
      `ALTER TABLE "exam_session" ADD CONSTRAINT "UQ_exam_session_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(`ALTER TABLE "hire" ADD CONSTRAINT "UQ_hire_id_structure" UNIQUE ("id", "structure_id")`);
    await queryRunner.query(
      `ALTER TABLE "collective_session" ADD CONSTRAINT "FK_collective_session_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor" ADD CONSTRAINT "FK_tutor_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A child record's parent must be in the same structure (TypeORM compares foreign keys by name: written by hand).
    await queryRunner.query(`ALTER TABLE "eligibility_criterion" DROP CONSTRAINT "FK_eligibility_criterion_diagnosis"`);
    await queryRunner.query(
      `ALTER TABLE "eligibility_criterion" ADD CONSTRAINT "FK_eligibility_criterion_diagnosis" FOREIGN KEY ("diagnosis_id", "structure_id") REFERENCES "eligibility_diagnosis"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "pass_suspension" DROP CONSTRAINT "FK_pass_suspension_pass"`);
    await queryRunner.query(
      `ALTER TABLE "pass_suspension" ADD CONSTRAINT "FK_pass_suspension_pass" FOREIGN KEY ("pass_id", "structure_id") REFERENCES "pass_iae"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "pass_prolongation" DROP CONSTRAINT "FK_pass_prolongation_pass"`);
    await queryRunner.query(
      `ALTER TABLE "pass_prolongation" ADD CONSTRAINT "FK_pass_prolongation_pass" FOREIGN KEY ("pass_id", "structure_id") REFERENCES "pass_iae"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_session_attendance_session"`);
    await queryRunner.query(
      `ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_session" FOREIGN KEY ("session_id", "structure_id") REFERENCES "collective_session"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "tutoring" DROP CONSTRAINT "FK_tutoring_tutor"`);
    await queryRunner.query(
      `ALTER TABLE "tutoring" ADD CONSTRAINT "FK_tutoring_tutor" FOREIGN KEY ("tutor_id", "structure_id") REFERENCES "tutor"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "exam_result" DROP CONSTRAINT "FK_exam_result_session"`);
    await queryRunner.query(
      `ALTER TABLE "exam_result" ADD CONSTRAINT "FK_exam_result_session" FOREIGN KEY ("exam_session_id", "structure_id") REFERENCES "exam_session"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "retention_check" DROP CONSTRAINT "FK_retention_check_hire"`);
    await queryRunner.query(
      `ALTER TABLE "retention_check" ADD CONSTRAINT "FK_retention_check_hire" FOREIGN KEY ("hire_id", "structure_id") REFERENCES "hire"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility_criterion" DROP CONSTRAINT "FK_eligibility_criterion_diagnosis"`);
    await queryRunner.query(
      `ALTER TABLE "eligibility_criterion" ADD CONSTRAINT "FK_eligibility_criterion_diagnosis" FOREIGN KEY ("diagnosis_id") REFERENCES "eligibility_diagnosis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "pass_suspension" DROP CONSTRAINT "FK_pass_suspension_pass"`);
    await queryRunner.query(
      `ALTER TABLE "pass_suspension" ADD CONSTRAINT "FK_pass_suspension_pass" FOREIGN KEY ("pass_id") REFERENCES "pass_iae"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "pass_prolongation" DROP CONSTRAINT "FK_pass_prolongation_pass"`);
    await queryRunner.query(
      `ALTER TABLE "pass_prolongation" ADD CONSTRAINT "FK_pass_prolongation_pass" FOREIGN KEY ("pass_id") REFERENCES "pass_iae"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_session_attendance_session"`);
    await queryRunner.query(
      `ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_session" FOREIGN KEY ("session_id") REFERENCES "collective_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "tutoring" DROP CONSTRAINT "FK_tutoring_tutor"`);
    await queryRunner.query(
      `ALTER TABLE "tutoring" ADD CONSTRAINT "FK_tutoring_tutor" FOREIGN KEY ("tutor_id") REFERENCES "tutor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "exam_result" DROP CONSTRAINT "FK_exam_result_session"`);
    await queryRunner.query(
      `ALTER TABLE "exam_result" ADD CONSTRAINT "FK_exam_result_session" FOREIGN KEY ("exam_session_id") REFERENCES "exam_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "retention_check" DROP CONSTRAINT "FK_retention_check_hire"`);
    await queryRunner.query(
      `ALTER TABLE "retention_check" ADD CONSTRAINT "FK_retention_check_hire" FOREIGN KEY ("hire_id") REFERENCES "hire"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "tutor" DROP CONSTRAINT "FK_tutor_structure"`);
    await queryRunner.query(`ALTER TABLE "collective_session" DROP CONSTRAINT "FK_collective_session_structure"`);
    await queryRunner.query(`ALTER TABLE "hire" DROP CONSTRAINT "UQ_hire_id_structure"`);
    await queryRunner.query(`ALTER TABLE "exam_session" DROP CONSTRAINT "UQ_exam_session_id_structure"`);
    await queryRunner.query(`ALTER TABLE "tutor" DROP CONSTRAINT "UQ_tutor_id_structure"`);
    await queryRunner.query(`ALTER TABLE "collective_session" DROP CONSTRAINT "UQ_collective_session_id_structure"`);
    await queryRunner.query(`ALTER TABLE "pass_iae" DROP CONSTRAINT "UQ_pass_iae_id_structure"`);
    await queryRunner.query(
      `ALTER TABLE "eligibility_diagnosis" DROP CONSTRAINT "UQ_eligibility_diagnosis_id_structure"`,
    );
  }
}
