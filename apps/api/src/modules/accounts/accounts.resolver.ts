import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, AllowWithTemporaryPassword, CurrentUser, Public } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { AccountsService } from './accounts.service';
import {
  ChangePasswordInput,
  ChangeStaffRoleInput,
  CreateStructureInput,
  InviteStaffInput,
  RequestPasswordResetInput,
  SetPasswordWithLinkInput,
  SetStructureActiveInput,
  StaffRefInput,
  UpdateStructureInput,
} from './dto/accounts.inputs';
import {
  AccountLinkKind,
  AccountLinkType,
  AdminStructureType,
  StaffInvitationType,
  StaffMemberType,
} from './dto/accounts.types';
import { StructuresAdminService } from './structures-admin.service';

function invitation(r: { user: Parameters<typeof StaffMemberType.from>[0]; emailSent: boolean; link: string | null }) {
  return Object.assign(new StaffInvitationType(), {
    member: StaffMemberType.from(r.user),
    emailSent: r.emailSent,
    link: r.link,
  });
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly structures: StructuresAdminService,
  ) {}

  // ---- structures (administrator) ----

  @Allow(Permission.STRUCTURE_ADMIN)
  @Query(() => [AdminStructureType], { description: 'Toutes les structures (administration).' })
  async adminStructures(): Promise<AdminStructureType[]> {
    return (await this.structures.list()).map((r) => AdminStructureType.from(r.structure, r.staffCount));
  }

  @Allow(Permission.STRUCTURE_ADMIN)
  @Mutation(() => AdminStructureType)
  async createStructure(
    @Args('input') input: CreateStructureInput,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminStructureType> {
    return AdminStructureType.from(await this.structures.create(input, user));
  }

  @Allow(Permission.STRUCTURE_ADMIN)
  @Mutation(() => AdminStructureType, { description: 'Ne change que les champs donnés.' })
  async updateStructure(
    @Args('input') input: UpdateStructureInput,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminStructureType> {
    return AdminStructureType.from(await this.structures.update(input, user));
  }

  @Allow(Permission.STRUCTURE_ADMIN)
  @Mutation(() => AdminStructureType, { description: 'Désactive (ses comptes ne se connectent plus) ou réactive.' })
  async setStructureActive(
    @Args('input') input: SetStructureActiveInput,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminStructureType> {
    return AdminStructureType.from(await this.structures.setActive(input.id, input.active, user));
  }

  // ---- staff (administrator, or the structure's director) ----

  @Allow(Permission.STAFF_ADMIN)
  @Query(() => [StaffMemberType], {
    description: 'L’équipe d’une structure : la sienne pour la direction, celle indiquée pour l’administration.',
  })
  async staffMembers(
    @CurrentUser() user: AuthUser,
    @Args('structureId', { type: () => ID, nullable: true }) structureId?: string,
  ): Promise<StaffMemberType[]> {
    return (await this.accounts.staff(user, structureId)).map((u) => StaffMemberType.from(u));
  }

  @Allow(Permission.STAFF_ADMIN)
  @Mutation(() => StaffInvitationType, { description: 'Invite par e-mail (lien à usage unique valable 72 h).' })
  async inviteStaff(@Args('input') input: InviteStaffInput, @CurrentUser() user: AuthUser) {
    return invitation(await this.accounts.invite(user, input));
  }

  @Allow(Permission.STAFF_ADMIN)
  @Mutation(() => StaffInvitationType, { description: 'Nouveau lien d’invitation ; l’ancien ne sert plus.' })
  async resendStaffInvitation(@Args('input') input: StaffRefInput, @CurrentUser() user: AuthUser) {
    return invitation(await this.accounts.resendInvitation(user, input.userId));
  }

  @Allow(Permission.STAFF_ADMIN)
  @Mutation(() => StaffMemberType)
  async changeStaffRole(@Args('input') input: ChangeStaffRoleInput, @CurrentUser() user: AuthUser) {
    return StaffMemberType.from(await this.accounts.changeRole(user, input.userId, input.role));
  }

  @Allow(Permission.STAFF_ADMIN)
  @Mutation(() => StaffMemberType, { description: 'Le compte ne se connecte plus ; ses sessions prennent fin.' })
  async deactivateStaff(@Args('input') input: StaffRefInput, @CurrentUser() user: AuthUser) {
    return StaffMemberType.from(await this.accounts.deactivate(user, input.userId));
  }

  @Allow(Permission.STAFF_ADMIN)
  @Mutation(() => StaffMemberType)
  async reactivateStaff(@Args('input') input: StaffRefInput, @CurrentUser() user: AuthUser) {
    return StaffMemberType.from(await this.accounts.reactivate(user, input.userId));
  }

  // ---- passwords ----

  @Public()
  @Query(() => AccountLinkType, {
    description: 'Le lien reçu par e-mail, s’il sert encore (page « Choisir un mot de passe »).',
  })
  async accountLink(@Args('token') token: string): Promise<AccountLinkType> {
    const link = await this.accounts.link(token);
    return Object.assign(new AccountLinkType(), {
      kind: link.kind as unknown as AccountLinkKind,
      email: link.email,
      firstName: link.firstName,
      lastName: link.lastName,
    });
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Choisit le mot de passe avec un lien (une seule fois).' })
  async setPasswordWithLink(@Args('input') input: SetPasswordWithLinkInput): Promise<boolean> {
    await this.accounts.setPasswordWithLink(input.token, input.password);
    return true;
  }

  @Public()
  @Mutation(() => String, {
    description: 'Mot de passe oublié : la même réponse que l’adresse ait un compte ou non.',
  })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<string> {
    return this.accounts.requestPasswordReset(input.email);
  }

  @Allow()
  @AllowWithTemporaryPassword()
  @Mutation(() => Boolean, { description: 'Change son mot de passe ; ses autres sessions prennent fin.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentUser() user: AuthUser): Promise<boolean> {
    await this.accounts.changePassword(user, input.currentPassword, input.newPassword);
    return true;
  }
}
