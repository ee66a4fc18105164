import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A network's pooled job board (issue 18, point 6; docs/domain/job-board.md): networks of structures (the
 * administrator's), the structures' own job offers, the offers each structure shares with its networks (its own, or a
 * landlord's need it reaches), proposals of a person to another structure's offer, with consent.
 */
export class JobBoard1795540000000 implements MigrationInterface {
  name = 'JobBoard1795540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "feed_token_hash" character(64), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_network_name" ON "network"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "network_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "structure_id" uuid NOT NULL, CONSTRAINT "PK_ea950406ee62d4ba1a75a103a67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_network_member_structure" ON "network_member"  ("structure_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_network_member" ON "network_member"  ("network_id", "structure_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "job_title" character varying(200) NOT NULL, "town" character varying(100) NOT NULL, "postal_code" character varying(5), "contract_kind" character varying(30) NOT NULL, "description" text, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_job_offer_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_job_offer_contract_kind" CHECK ("contract_kind" IN ('CDI','CDD','CDDI','INTERIM','APPRENTISSAGE','PROFESSIONNALISATION')), CONSTRAINT "CHK_job_offer_status" CHECK ("status" IN ('OPEN','CLOSED')), CONSTRAINT "PK_5286026037ab5fb5acfcb7e1829" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_job_offer_structure" ON "job_offer"  ("structure_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "shared_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "source_kind" character varying(20) NOT NULL, "job_offer_id" uuid, "hiring_need_id" uuid, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shared_by_id" uuid, CONSTRAINT "UQ_shared_offer_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_shared_offer_source" CHECK (("source_kind" = 'JOB_OFFER' AND "job_offer_id" IS NOT NULL AND "hiring_need_id" IS NULL) OR ("source_kind" = 'HIRING_NEED' AND "hiring_need_id" IS NOT NULL AND "job_offer_id" IS NULL)), CONSTRAINT "CHK_shared_offer_source_kind" CHECK ("source_kind" IN ('JOB_OFFER','HIRING_NEED')), CONSTRAINT "PK_05204c3113cd8232f847755173d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_shared_offer_need" ON "shared_offer"  ("hiring_need_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_shared_offer_hiring_need" ON "shared_offer"  ("structure_id", "hiring_need_id") WHERE "hiring_need_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_shared_offer_job_offer" ON "shared_offer"  ("structure_id", "job_offer_id") WHERE "job_offer_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "board_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "shared_offer_id" uuid NOT NULL, "owner_structure_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PROPOSED', "consent_given_on" date NOT NULL, "share_full_name" boolean NOT NULL DEFAULT false, "share_contact" boolean NOT NULL DEFAULT false, "message" text, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_board_proposal_other_structure" CHECK ("owner_structure_id" <> "structure_id"), CONSTRAINT "CHK_board_proposal_status" CHECK ("status" IN ('PROPOSED','WITHDRAWN')), CONSTRAINT "PK_439f5cb3c295ba0970056a03839" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_board_proposal_live" ON "board_proposal"  ("person_id", "shared_offer_id") WHERE "status" = 'PROPOSED'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_board_proposal_offer" ON "board_proposal"  ("shared_offer_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_board_proposal_owner" ON "board_proposal"  ("owner_structure_id", "proposed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_board_proposal_person" ON "board_proposal"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "network_member" ADD CONSTRAINT "FK_network_member_network" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_member" ADD CONSTRAINT "FK_network_member_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_offer" ADD CONSTRAINT "FK_job_offer_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shared_offer" ADD CONSTRAINT "FK_shared_offer_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shared_offer" ADD CONSTRAINT "FK_shared_offer_job_offer" FOREIGN KEY ("job_offer_id", "structure_id") REFERENCES "job_offer"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shared_offer" ADD CONSTRAINT "FK_shared_offer_hiring_need" FOREIGN KEY ("hiring_need_id") REFERENCES "hiring_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_proposal" ADD CONSTRAINT "FK_board_proposal_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_proposal" ADD CONSTRAINT "FK_board_proposal_offer" FOREIGN KEY ("shared_offer_id", "owner_structure_id") REFERENCES "shared_offer"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "board_proposal" DROP CONSTRAINT "FK_board_proposal_offer"`);
    await queryRunner.query(`ALTER TABLE "board_proposal" DROP CONSTRAINT "FK_board_proposal_person"`);
    await queryRunner.query(`ALTER TABLE "shared_offer" DROP CONSTRAINT "FK_shared_offer_hiring_need"`);
    await queryRunner.query(`ALTER TABLE "shared_offer" DROP CONSTRAINT "FK_shared_offer_job_offer"`);
    await queryRunner.query(`ALTER TABLE "shared_offer" DROP CONSTRAINT "FK_shared_offer_structure"`);
    await queryRunner.query(`ALTER TABLE "job_offer" DROP CONSTRAINT "FK_job_offer_structure"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_network_member_structure"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_network_member_network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_board_proposal_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_board_proposal_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_board_proposal_offer"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_board_proposal_live"`);
    await queryRunner.query(`DROP TABLE "board_proposal"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_shared_offer_job_offer"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_shared_offer_hiring_need"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_shared_offer_need"`);
    await queryRunner.query(`DROP TABLE "shared_offer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_job_offer_structure"`);
    await queryRunner.query(`DROP TABLE "job_offer"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_network_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_network_member_structure"`);
    await queryRunner.query(`DROP TABLE "network_member"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_network_name"`);
    await queryRunner.query(`DROP TABLE "network"`);
  }
}
