import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser, OpenDuringTwoFactorEnrolment, Public } from '../auth.decorators';
import { AuthService } from '../auth.service';
import type { AuthUser, GqlContext } from '../auth.types';
import { CurrentUserType } from '../dto/current-user.type';
import { AccountSessionsService } from './account-sessions.service';
import {
  AccountSessionType,
  DisableTwoFactorInput,
  TwoFactorCodeInput,
  TwoFactorEnrolmentType,
  TwoFactorStatusType,
} from './dto/two-factor.types';
import { TwoFactorService } from './two-factor.service';

/** Two-factor sign-in, its second step, the structure's requirement, and « Mes sessions ». */
@Resolver()
export class TwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly accountSessions: AccountSessionsService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Mutation(() => CurrentUserType, {
    description:
      'Deuxième étape de la connexion : code de l’application (6 chiffres) ou code de secours. Ouvre la session.',
  })
  async verifyTwoFactorSignIn(
    @Args('input') input: TwoFactorCodeInput,
    @Context() ctx: GqlContext,
  ): Promise<CurrentUserType> {
    const userId = await this.twoFactor.completeSignIn(input.code, ctx.req, ctx.res);
    return this.auth.me({ id: userId });
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @Query(() => TwoFactorStatusType, { description: 'La double authentification de mon compte.' })
  twoFactorStatus(@CurrentUser() user: AuthUser): Promise<TwoFactorStatusType> {
    return this.twoFactor.status(user.id);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @Mutation(() => TwoFactorEnrolmentType, { description: 'Commence l’activation : un nouveau secret à confirmer.' })
  startTwoFactorEnrolment(@CurrentUser() user: AuthUser): Promise<TwoFactorEnrolmentType> {
    return this.twoFactor.startEnrolment(user);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @Mutation(() => [String], {
    description:
      'Confirme l’activation par un premier code ; renvoie les 10 codes de secours, affichés une seule fois.',
  })
  confirmTwoFactorEnrolment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: TwoFactorCodeInput,
  ): Promise<string[]> {
    return this.twoFactor.confirmEnrolment(user, input.code);
  }

  @Allow()
  @Mutation(() => [String], { description: 'Nouveaux codes de secours (les anciens ne marchent plus).' })
  regenerateRecoveryCodes(@CurrentUser() user: AuthUser, @Args('input') input: TwoFactorCodeInput): Promise<string[]> {
    return this.twoFactor.regenerateRecoveryCodes(user, input.code);
  }

  @Allow()
  @Mutation(() => Boolean, { description: 'Désactive la double authentification (code ou mot de passe exigé).' })
  disableTwoFactor(@CurrentUser() user: AuthUser, @Args('input') input: DisableTwoFactorInput): Promise<boolean> {
    return this.twoFactor.disable(user, input);
  }

  @Allow(Permission.TWO_FACTOR_POLICY)
  @Query(() => Boolean, { description: 'La structure exige la double authentification de sa direction.' })
  structureTwoFactorRequired(@CurrentStructure() structureId: string): Promise<boolean> {
    return this.twoFactor.isRequired(structureId);
  }

  @Allow(Permission.TWO_FACTOR_POLICY)
  @Mutation(() => Boolean, {
    description: 'Exige (ou non) la double authentification de la direction de la structure.',
  })
  setStructureTwoFactorRequired(
    @CurrentUser() user: AuthUser,
    @CurrentStructure() structureId: string,
    @Args('required') required: boolean,
  ): Promise<boolean> {
    return this.twoFactor.setRequired(user, structureId, required);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @Query(() => [AccountSessionType], { description: 'Mes sessions ouvertes, la session actuelle en premier.' })
  mySessions(@CurrentUser() user: AuthUser): Promise<AccountSessionType[]> {
    return this.accountSessions.list(user);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @Mutation(() => Boolean, { description: 'Termine une de mes sessions, tout de suite.' })
  endSession(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.accountSessions.end(user, id);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @Mutation(() => Int, { description: 'Termine toutes mes sessions sauf celle-ci ; renvoie leur nombre.' })
  endOtherSessions(@CurrentUser() user: AuthUser): Promise<number> {
    return this.accountSessions.endOthers(user);
  }
}
