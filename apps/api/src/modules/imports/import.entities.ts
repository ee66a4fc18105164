import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ImportField, ImportOutcome } from '@tremplin/domain';
import { BaseEntity } from '../../database/base.entity';
import { StructureEntity } from '../structures';
import { UserEntity } from '../users';

/**
 * A file uploaded for an import, kept only while the import needs it: deleted once imported, and after
 * `UPLOAD_KEEP_HOURS` otherwise (docs/adr/0010-caseload-import.md).
 */
@Entity('import_upload')
@Index('IDX_import_upload_structure', ['structureId', 'createdAt'])
export class ImportUploadEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_import_upload_structure' })
  structure?: StructureEntity;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** SHA-256 of the bytes, hexadecimal. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea' })
  content!: Buffer;
}

/** The columns chosen last time, per structure: normalised header → field (null: column left aside). */
@Entity('import_mapping')
@Index('UQ_import_mapping_structure', ['structureId'], { unique: true })
export class ImportMappingEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_import_mapping_structure' })
  structure?: StructureEntity;

  @Column({ type: 'jsonb' })
  columns!: Record<string, ImportField | null>;
}

/** One problem of a row: the column (its header) and what to do, in French. */
export interface ImportProblem {
  column: string;
  message: string;
}

/** One row of an import, as the dry run shows it and the log keeps it. */
export interface ImportRowResult {
  /** The row's line in the file (the header is line 1). */
  line: number;
  outcome: ImportOutcome;
  /** « NOM Prénom » as the row gives them. */
  name: string;
  personId: string | null;
  /** What was (or would be) added: « fiche créée », « PASS IAE 999992412345 », « 3 mois d’heures »… */
  changes: string[];
  /** Why the row is refused. */
  problems: ImportProblem[];
  /** What the file says differently from the file in Tremplin, which is kept. */
  notes: ImportProblem[];
}

/** Who imported what, when: kept, and downloadable as CSV (docs/adr/0010-caseload-import.md). */
@Entity('import_log')
@Index('IDX_import_log_structure', ['structureId', 'createdAt'])
export class ImportLogEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_import_log_structure' })
  structure?: StructureEntity;

  @Index('IDX_import_log_imported_by')
  @Column({ type: 'uuid', nullable: true })
  importedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by_id', foreignKeyConstraintName: 'FK_import_log_imported_by' })
  importedBy?: UserEntity;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'integer' })
  createdCount!: number;

  @Column({ type: 'integer' })
  completedCount!: number;

  @Column({ type: 'integer' })
  unchangedCount!: number;

  @Column({ type: 'integer' })
  refusedCount!: number;

  @Column({ type: 'jsonb' })
  rows!: ImportRowResult[];
}
