import { Column, Entity } from 'typeorm';
import { PartnerOrganisationKind } from '@tremplin/domain';
import { BaseEntity } from '../../database/base.entity';

/** An employer partner (a social landlord) whose reviewers see only what is shared with them. */
@Entity('partner_organisation')
export class PartnerOrganisationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: PartnerOrganisationKind, enumName: 'partner_organisation_kind' })
  kind!: PartnerOrganisationKind;

  @Column({ type: 'char', length: 14, nullable: true })
  siret!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;
}
