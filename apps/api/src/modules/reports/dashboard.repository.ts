import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { StructureEntity } from '../structures';

/**
 * The SQL of the dashboard's structures and names: the structures one may see, the structure's name, and the labels of
 * partnership figures (docs/adr/0011-repositories.md).
 * Its figures are the indicators' (indicators/indicators.repository.ts).
 */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structures whose dashboard one may see, by name: one structure, or every one (`structureId` null). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  @SqlSnapshot({ name: 'réseau', params: [null] })
  structures(structureId: string | null, tx: EntityManager = this.db.manager): Promise<StructureEntity[]> {
    return tx.getRepository(StructureEntity).find({
      where: structureId ? { id: structureId } : {},
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** The structure's name, or null when there is no such structure. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async structureName(structureId: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const rows: { name: string }[] = await tx.query(`SELECT name FROM structure WHERE id = $1`, [structureId]);
    return rows[0]?.name ?? null;
  }

  /** The landlord's name of a partnership of the structure, or null. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async partnershipName(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<string | null> {
    const rows: { name: string }[] = await tx.query(
      `SELECT o.name FROM partnership ps JOIN partner_organisation o ON o.id = ps.partner_organisation_id
          WHERE ps.id = $1 AND ps.structure_id = $2`,
      [id, structureId],
    );
    return rows[0]?.name ?? null;
  }

  /** « <group> (objectif partagé) » for a partnership group of the structure, or null. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async sharedTargetName(
    structureId: string,
    groupId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const rows: { name: string }[] = await tx.query(
      `SELECT name || ' (objectif partagé)' AS name FROM partnership_group WHERE id = $1 AND structure_id = $2`,
      [groupId, structureId],
    );
    return rows[0]?.name ?? null;
  }
}
