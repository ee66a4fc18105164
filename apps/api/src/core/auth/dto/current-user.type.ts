import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@tremplin/domain';
import { PartnerOrganisationType, StructureType } from '../../../modules/structures';

@ObjectType('CurrentUser')
export class CurrentUserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() fullName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [String], { description: 'Permissions du rôle, pour adapter l’interface.' }) permissions!: string[];
  @Field(() => StructureType, { nullable: true }) structure!: StructureType | null;
  @Field(() => PartnerOrganisationType, { nullable: true }) partnerOrganisation!: PartnerOrganisationType | null;
  @Field({
    description:
      'La structure exige la double authentification de ce compte, pas encore activée : seule l’activation est ouverte.',
  })
  twoFactorEnrolmentRequired!: boolean;

  @Field({ description: 'Mot de passe provisoire : à remplacer avant toute autre action.' })
  mustChangePassword!: boolean;
}
