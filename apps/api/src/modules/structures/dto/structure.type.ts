import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnerOrganisationKind, StructureKind } from '@tremplin/domain';
import type { StructureEntity } from '../structure.entity';
import type { PartnerOrganisationEntity } from '../partner-organisation.entity';

registerEnumType(StructureKind, { name: 'StructureKind', description: 'Type de SIAE' });
registerEnumType(PartnerOrganisationKind, { name: 'PartnerOrganisationKind' });

@ObjectType('Structure')
export class StructureType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StructureKind) kind!: StructureKind;
  @Field() siret!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field({
    description: 'L’équipe peut se connecter par mot de passe (sinon ProConnect seul ; docs/domain/proconnect.md).',
  })
  passwordSignInAllowed!: boolean;

  static from(e: StructureEntity): StructureType {
    return Object.assign(new StructureType(), {
      id: e.id,
      name: e.name,
      kind: e.kind,
      siret: e.siret,
      city: e.city,
      passwordSignInAllowed: e.passwordSignInAllowed,
    });
  }
}

@ObjectType('PartnerOrganisation')
export class PartnerOrganisationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PartnerOrganisationKind) kind!: PartnerOrganisationKind;
  @Field(() => String, { nullable: true }) city!: string | null;

  static from(e: PartnerOrganisationEntity): PartnerOrganisationType {
    return Object.assign(new PartnerOrganisationType(), { id: e.id, name: e.name, kind: e.kind, city: e.city });
  }
}
