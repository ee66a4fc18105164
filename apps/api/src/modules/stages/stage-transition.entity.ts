import { Column, Entity, Index } from 'typeorm';
import { PathwayStage } from '@tremplin/domain';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef } from '../../database/person-ref';
import type { PersonEntity } from '../persons';

/** One change of stage: when, by whom, why; a gate passed without its evidence keeps the override reason and what was missing. */
@Entity('stage_transition')
@Index('IDX_stage_transition_person', ['structureId', 'personId', 'effectiveOn'])
export class StageTransitionEntity extends PersonRecordEntity {
  @PersonRef('stage_transition')
  person?: PersonEntity;

  /** Null for the entry into the pathway. */
  @Column({ type: 'enum', enum: PathwayStage, enumName: 'pathway_stage', nullable: true })
  fromStage!: PathwayStage | null;

  @Column({ type: 'enum', enum: PathwayStage, enumName: 'pathway_stage' })
  toStage!: PathwayStage;

  @Column({ type: 'date' })
  effectiveOn!: string;

  /** Required when going back or skipping a stage. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Written when the gate's evidence was missing and the counsellor passed it anyway. */
  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  /** What the gate found missing at that moment (French sentences), kept with the override. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  missingEvidence!: string[];
}
