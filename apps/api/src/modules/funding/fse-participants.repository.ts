import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { groupByKey, readByPersons, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { FseParticipantEntity } from './funding.entities';

/** The fields of a participant that `updateAtVersion` writes. */
export type FseParticipantFields = { situations: readonly string[] } & Pick<
  FseParticipantEntity,
  | 'entryDate'
  | 'gender'
  | 'labourMarketStatus'
  | 'iscedLevel'
  | 'situationsAnswered'
  | 'exitDate'
  | 'exitSituation'
  | 'sixMonthsCheckedOn'
  | 'sixMonthsEmployed'
  | 'sixMonthsImprovedSituation'
>;

const FIELDS: FseParticipantFields = {
  entryDate: '2026-01-05',
  gender: null,
  labourMarketStatus: null,
  iscedLevel: null,
  situations: [],
  situationsAnswered: null,
  exitDate: null,
  exitSituation: null,
  sixMonthsCheckedOn: null,
  sixMonthsEmployed: null,
  sixMonthsImprovedSituation: null,
};

/** The SQL of FSE+ participants (ADR 0011). Participants are read with their person's name, stage and sort key. */
@Injectable()
export class FseParticipantsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID] })
  isEnrolled(
    structureId: string,
    agreementId: string,
    personId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    return tx.getRepository(FseParticipantEntity).existsBy({ structureId, agreementId, personId });
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        personId: SNAPSHOT_UUID,
        createdById: null,
        agreementId: SNAPSHOT_UUID,
        ...FIELDS,
        birthYear: 1990,
      },
    ],
  })
  insert(
    participant: Partial<FseParticipantEntity>,
    tx: EntityManager = this.db.manager,
  ): Promise<FseParticipantEntity> {
    const repo = tx.getRepository(FseParticipantEntity);
    return repo.save(repo.create(participant));
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  find(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<FseParticipantEntity | null> {
    return tx.getRepository(FseParticipantEntity).findOneBy({ id, structureId });
  }

  /** Saves the fields if the participant is still at `version`; false when it is not (or is gone). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 1, FIELDS] })
  async updateAtVersion(
    structureId: string,
    id: string,
    version: number,
    fields: FseParticipantFields,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(FseParticipantEntity)
      .set({ ...fields, situations: [...fields.situations], version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId AND version = :version', { id, structureId, version })
      .execute();
    return !!result.affected;
  }

  /** One participant with its person (null when none). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async withPerson(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<FseParticipantEntity | null> {
    const [row] = await this.withPersons(tx, structureId, 'f.id = :id', { id });
    return row ?? null;
  }

  /** The participants of one agreement, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  ofAgreement(
    structureId: string,
    agreementId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<FseParticipantEntity[]> {
    return this.withPersons(tx, structureId, 'f.agreementId = :agreementId', { agreementId });
  }

  /** Participants of each agreement, by name (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async byAgreements(
    structureId: string,
    agreementIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<FseParticipantEntity[][]> {
    const rows = await this.withPersons(tx, structureId, 'f.agreementId IN (:...agreementIds)', { agreementIds });
    return groupByKey(agreementIds, rows, (r) => r.agreementId);
  }

  /** FSE+ participations of each person with the person, latest entry first (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  async byPersons(
    structureId: string,
    personIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<FseParticipantEntity[][]> {
    const lists = await readByPersons(tx, FseParticipantEntity, structureId, personIds, {
      relations: { person: true },
      order: { person: { sortKey: 'ASC' }, id: 'ASC' },
    });
    for (const list of lists) list.sort((a, b) => (b.entryDate ?? '').localeCompare(a.entryDate ?? ''));
    return lists;
  }

  private withPersons(
    tx: EntityManager,
    structureId: string,
    where: string,
    params: Record<string, unknown>,
  ): Promise<FseParticipantEntity[]> {
    return tx
      .getRepository(FseParticipantEntity)
      .createQueryBuilder('f')
      .innerJoin('f.person', 'p')
      .addSelect(['p.id', 'p.firstName', 'p.lastName', 'p.stage', 'p.sortKey'])
      .where('f.structureId = :structureId', { structureId })
      .andWhere(where, params)
      .orderBy('p.sortKey', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }
}
