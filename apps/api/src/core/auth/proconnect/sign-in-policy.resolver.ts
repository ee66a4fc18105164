import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditAction, Permission } from '@tremplin/domain';
import { StructureType } from '../../../modules/structures';
import { StructureEntity } from '../../../modules/structures/structure.entity';
import { AuditService } from '../../audit/audit.service';
import { ConflictError } from '../../errors/app-errors';
import { Allow, CurrentStructure, CurrentUser } from '../auth.decorators';
import type { AuthUser } from '../auth.types';
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
      const [bound] = (await this.db.query(
        `SELECT 1 FROM user_external_identity WHERE provider = $1 AND user_id = $2`,
        [PROCONNECT_PROVIDER, user.id],
      )) as unknown[];
      if (!bound) throw new ConflictError(SIGN_IN_POLICY_MESSAGES.directorNotBound);
    }
    return this.db.transaction(async (tx) => {
      const [[row]] = (await tx.query(
        `UPDATE structure s SET password_sign_in_allowed = $2, updated_at = now()
           FROM structure before WHERE s.id = $1 AND before.id = s.id
         RETURNING before.password_sign_in_allowed AS "was"`,
        [structureId, allowed],
      )) as [{ was: boolean }[], number];
      if (row && row.was !== allowed)
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
      return StructureType.from(await tx.getRepository(StructureEntity).findOneByOrFail({ id: structureId }));
    });
  }
}
