import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditAction, Permission } from '@tremplin/domain';
import { StructureType } from '../../../modules/structures';
import { AuditService } from '../../audit/audit.service';
import { ConflictError } from '../../errors/app-errors';
import { Allow, CurrentStructure, CurrentUser } from '../auth.decorators';
import type { AuthUser } from '../auth.types';
import { ProConnectRepository } from './proconnect.repository';
import { PROCONNECT_PROVIDER, ProConnectService } from './proconnect.service';

export const SIGN_IN_POLICY_MESSAGES = {
  notConfigured:
    'La connexion avec ProConnect n’est pas proposée sur cette installation : les mots de passe restent nécessaires.',
  directorNotBound:
    'Connectez-vous d’abord une fois avec ProConnect : sans cela, vous ne pourriez plus vous connecter vous-même.',
} as const;

/** The structure's choice of sign-in for its staff (docs/domain/proconnect.md, « Mots de passe »). */
@Resolver(() => StructureType)
export class SignInPolicyResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proConnect: ProConnectService,
    private readonly audit: AuditService,
    private readonly repository: ProConnectRepository,
  ) {}

  @Allow(Permission.SIGN_IN_POLICY_WRITE)
  @Mutation(() => StructureType, {
    description:
      'Garde ou retire la connexion par mot de passe pour l’équipe de la structure (ProConnect seul). Les administrateurs gardent leur mot de passe.',
  })
  async setPasswordSignInAllowed(
    @Args('allowed') allowed: boolean,
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<StructureType> {
    if (!allowed) {
      if (!this.proConnect.enabled) throw new ConflictError(SIGN_IN_POLICY_MESSAGES.notConfigured);
      if (!(await this.repository.isBound(PROCONNECT_PROVIDER, user.id)))
        throw new ConflictError(SIGN_IN_POLICY_MESSAGES.directorNotBound);
    }
    return this.db.transaction(async (tx) => {
      const was = await this.repository.setPasswordSignInAllowed(structureId, allowed, tx);
      if (was !== undefined && was !== allowed)
        await this.audit.record(tx, user, [
          {
            action: AuditAction.SIGN_IN_POLICY_CHANGED,
            structureId,
            personId: null,
            subjectType: 'structure',
            subjectId: structureId,
            details: { passwordSignInAllowed: allowed },
          },
        ]);
      return StructureType.from(await this.repository.structure(structureId, tx));
    });
  }
}
