import { Column } from 'typeorm';
import { BaseEntity } from './base.entity';

/**
 * A record of one person's pathway: it belongs to the person's structure (copied from the session, never from input)
 * and says who recorded it. Each subclass declares its own named indexes and foreign keys.
 * Catalogue codes (criteria, reasons, kinds) are stored as text and checked by the API against the shared domain
 * library, so that a catalogue can grow without a database type change (docs/adr/0004-pathway-records.md).
 */
export abstract class PersonRecordEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  /** The user who recorded it (kept if the account is later removed: no foreign key). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
