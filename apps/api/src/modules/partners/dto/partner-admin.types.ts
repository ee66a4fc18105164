import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PartnerOrganisationKind } from '@tremplin/domain';
import type { PartnerOrganisationEntity } from '../../structures';
import type { UserEntity } from '../../users';

@ObjectType('AdminPartnerOrganisation', {
  description: 'Une organisation partenaire (bailleur social) vue par l’administration, avec ses sites et ses comptes.',
})
export class AdminPartnerOrganisationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PartnerOrganisationKind) kind!: PartnerOrganisationKind;
  @Field(() => String, { nullable: true, description: '14 chiffres.' }) siret!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'Dernière modification : à renvoyer pour modifier l’organisation.' })
  updatedAt!: Date;

  static from(e: PartnerOrganisationEntity): AdminPartnerOrganisationType {
    return Object.assign(new AdminPartnerOrganisationType(), {
      id: e.id,
      name: e.name,
      kind: e.kind,
      siret: e.siret,
      city: e.city,
      updatedAt: e.updatedAt,
    });
  }
}

/** A reviewer account and the last time it signed in. */
export interface ReviewerRow {
  user: UserEntity;
  lastSignedInAt: Date | null;
}

@ObjectType('PartnerReviewer', { description: 'Un compte de bailleur partenaire (RH, responsable de site).' })
export class PartnerReviewerType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() fullName!: string;
  @Field({ description: 'Un compte désactivé ne peut plus se connecter ; ses sessions ont pris fin.' })
  active!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Dernière connexion réussie ; null si jamais.' })
  lastSignedInAt!: Date | null;

  static from({ user, lastSignedInAt }: ReviewerRow): PartnerReviewerType {
    return Object.assign(new PartnerReviewerType(), {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: user.fullName,
      active: user.active,
      createdAt: user.createdAt,
      lastSignedInAt,
    });
  }
}

@ObjectType('PartnerReviewerCredentials', {
  description:
    'Un compte de bailleur et son mot de passe initial, montré une seule fois : seule son empreinte argon2id est ' +
    'conservée. À transmettre à la personne par un canal sûr.',
})
export class PartnerReviewerCredentialsType {
  @Field(() => PartnerReviewerType) reviewer!: PartnerReviewerType;
  @Field({ description: 'Le mot de passe à usage de première connexion ; il ne sera plus jamais affiché.' })
  initialPassword!: string;
}
