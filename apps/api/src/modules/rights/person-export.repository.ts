import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { StructureEntity } from '../structures';
import { aboutPersons, ident, personTables } from './person-tables.repository';

/** Everything held about one person, read in one statement. */
export interface PersonData {
  person: Record<string, unknown>;
  /** Per table (person-referencing tables, their children, the audit log): its rows. */
  tables: Record<string, Record<string, unknown>[]>;
}

/** The structure as the export and the information notice name it. */
export type StructureHeading = RowOf<StructureEntity, 'name' | 'siret' | 'city'>;

/** The SQL of the right of access: everything held about a person (docs/adr/0011-repositories.md). */
@Injectable()
export class PersonExportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The person and the rows of every table about them, and the audit log's entries about them: the tables from the
   * catalogue (two statements), the data in one.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async personData(structureId: string, personId: string, tx: EntityManager = this.db.manager): Promise<PersonData> {
    const tables = await personTables(tx);
    const names = [...tables.direct, ...tables.children.map((c) => c.table)];
    const parts = names.map(
      (table) =>
        `'${table}', (SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.id), '[]'::jsonb) FROM ${ident(table)} t WHERE ${aboutPersons(tables, table, true)})`,
    );
    const [row]: PersonData[] = await tx.query(
      `SELECT (SELECT to_jsonb(p) FROM person p WHERE p.id = ($1::uuid[])[1] AND p.structure_id = $2) AS person,
              jsonb_build_object(${parts.join(', ')},
                'audit_log', (SELECT coalesce(jsonb_agg(to_jsonb(a) ORDER BY a.id), '[]'::jsonb) FROM audit_log a
                               WHERE a.person_id = ($1::uuid[])[1] AND a.structure_id = $2)) AS tables`,
      [[personId], structureId],
    );
    return { person: row.person, tables: row.tables };
  }

  /** The structure's name, SIRET and city (undefined when unknown). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async structureHeading(structureId: string, tx: EntityManager = this.db.manager): Promise<StructureHeading> {
    const [structure]: StructureHeading[] = await tx.query(`SELECT name, siret, city FROM structure WHERE id = $1`, [
      structureId,
    ]);
    return structure;
  }
}
