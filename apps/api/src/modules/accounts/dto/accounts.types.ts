import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, StructureKind } from '@tremplin/domain';
import type { StructureEntity } from '../../structures';
import type { UserEntity } from '../../users';

export enum StaffStatus {
  /** Invited: has not chosen a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(StaffStatus, { name: 'StaffStatus' });

export enum AccountLinkKind {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(AccountLinkKind, { name: 'AccountLinkKind' });

/** A structure as the administrator manages it. */
@ObjectType('AdminStructure')
export class AdminStructureType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StructureKind) kind!: StructureKind;
  @Field() siret!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) departement!: string | null;
  @Field(() => String, { nullable: true }) conventionNumber!: string | null;
  @Field(() => String, { nullable: true }) conventionStartsOn!: string | null;
  @Field(() => String, { nullable: true }) conventionEndsOn!: string | null;
  @Field(() => String, { nullable: true }) annexNumber!: string | null;
  @Field(() => String, { nullable: true }) annexStartsOn!: string | null;
  @Field(() => String, { nullable: true }) annexEndsOn!: string | null;
  @Field(() => Int, { nullable: true }) hiringTarget!: number | null;
  @Field() active!: boolean;
  @Field(() => Int, { description: 'Comptes actifs ou invités de la structure.' }) staffCount!: number;
  @Field(() => GraphQLISODateTime, { description: 'Dernière modification : à renvoyer avec une modification.' })
  updatedAt!: Date;

  static from(e: StructureEntity, staffCount = 0): AdminStructureType {
    return Object.assign(new AdminStructureType(), {
      id: e.id,
      name: e.name,
      kind: e.kind,
      siret: e.siret,
      city: e.city,
      departement: e.departement,
      conventionNumber: e.conventionNumber,
      conventionStartsOn: e.conventionStartsOn,
      conventionEndsOn: e.conventionEndsOn,
      annexNumber: e.annexNumber,
      annexStartsOn: e.annexStartsOn,
      annexEndsOn: e.annexEndsOn,
      hiringTarget: e.hiringTarget,
      active: e.active,
      staffCount,
      updatedAt: e.updatedAt,
    });
  }
}

/** A member of a structure's staff, as the director or the administrator manages them. */
@ObjectType('StaffMember')
export class StaffMemberType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() fullName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => StaffStatus) status!: StaffStatus;

  static from(u: UserEntity): StaffMemberType {
    return Object.assign(new StaffMemberType(), {
      id: u.id,
      email: u.email,
      firstName: u.firstName,
      lastName: u.lastName,
      fullName: `${u.firstName} ${u.lastName}`,
      role: u.role,
      status: !u.active ? StaffStatus.DEACTIVATED : u.passwordHash === null ? StaffStatus.INVITED : StaffStatus.ACTIVE,
    });
  }
}

@ObjectType('StaffInvitation')
export class StaffInvitationType {
  @Field(() => StaffMemberType) member!: StaffMemberType;
  @Field({ description: 'L’invitation est partie par e-mail.' }) emailSent!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Sans serveur d’e-mail configuré (SMTP_URL) : le lien à transmettre soi-même, une seule fois.',
  })
  link!: string | null;
}

/** What the set-password page shows before the password is typed. */
@ObjectType('AccountLink')
export class AccountLinkType {
  @Field(() => AccountLinkKind) kind!: AccountLinkKind;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}
