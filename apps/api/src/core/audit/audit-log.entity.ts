import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who read or decided what about a person, and when. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for
 * every role, the application's included (migration `PartnerPortal`, docs/adr/0006-partner-portal.md). No foreign
 * keys: the trail outlives the rows it names.
 */
@Entity('audit_log')
@Index('IDX_audit_log_person', ['structureId', 'personId', 'occurredAt'])
@Index('IDX_audit_log_actor', ['actorUserId', 'occurredAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  /** None: the application itself acted (the daily retention job, `actor_role` SYSTEM). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** `Role` at the time. */
  @Column({ type: 'varchar', length: 30 })
  actorRole!: string;

  /** « Claire Martin (Habitat 76) », copied at the time. */
  @Column({ type: 'varchar', length: 300 })
  actorLabel!: string;

  @Column({ type: 'uuid', nullable: true })
  actorStructureId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorPartnerOrganisationId!: string | null;

  /** `AuditAction`. */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  /** The structure the person belongs to (the director reads the log per person of their structure). */
  @Column({ type: 'uuid', nullable: true })
  structureId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  /** What was read or changed: `proposal`, `mission`, `hire`… and its id. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  subjectType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** The operation and what it returned or changed (field names, never sensitive values). */
  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
