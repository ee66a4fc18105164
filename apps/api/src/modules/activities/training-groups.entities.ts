import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import { StructureEntity } from '../structures';
import type { PersonEntity } from '../persons';
import { UserEntity } from '../users';

/**
 * A training group (« promotion »): persons who follow the same sessions (docs/domain/attendance-groups.md). A session
 * or a series of sessions belongs to a group; its attendance sheet starts with the group's members.
 */
@Entity('training_group')
@Index('IDX_training_group_structure', ['structureId', 'startsOn'])
@Unique('UQ_training_group_id_structure', ['id', 'structureId'])
export class TrainingGroupEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_training_group_structure' })
  structure?: StructureEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Raised by every change of the group (its fields, its members, its supervisors). */
  @VersionColumn({ default: 1 })
  version!: number;
}

/** A member of a training group: a person of the group's structure, once per group. */
@Entity('training_group_member')
@Unique('UQ_training_group_member', ['groupId', 'personId'])
@Index('IDX_training_group_member_person', ['structureId', 'personId'])
export class TrainingGroupMemberEntity extends PersonRecordEntity {
  @PersonRef('training_group_member')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => TrainingGroupEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('group_id', 'FK_training_group_member_group')
  group?: TrainingGroupEntity;
}

/**
 * A staff member assigned to a training group: a technical supervisor sees only the groups assigned to them. The API
 * checks the user is of the group's structure (SUPERVISOR, COUNSELLOR or DIRECTOR).
 */
@Entity('training_group_supervisor')
@Unique('UQ_training_group_supervisor', ['groupId', 'userId'])
@Index('IDX_training_group_supervisor_user', ['userId'])
export class TrainingGroupSupervisorEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => TrainingGroupEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('group_id', 'FK_training_group_supervisor_group')
  group?: TrainingGroupEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_training_group_supervisor_user' })
  user?: UserEntity;
}
