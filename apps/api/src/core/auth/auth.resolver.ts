import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Allow,
  AllowWithTemporaryPassword,
  CurrentUser,
  OpenDuringTwoFactorEnrolment,
  Public,
} from './auth.decorators';
import { AuthService } from './auth.service';
import type { AuthUser, GqlContext } from './auth.types';
import { CurrentUserType } from './dto/current-user.type';
import { SignInInput } from './dto/sign-in.input';

@Resolver(() => CurrentUserType)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => CurrentUserType, { description: 'Ouvre une session (cookie httpOnly).' })
  signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<CurrentUserType> {
    return this.auth.signIn(input, ctx.req, ctx.res);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @AllowWithTemporaryPassword()
  @Mutation(() => Boolean, { description: 'Ferme la session sur toutes les instances.' })
  signOut(@Context() ctx: GqlContext): Promise<boolean> {
    return this.auth.signOut(ctx.req.auth, ctx.res);
  }

  @Allow()
  @OpenDuringTwoFactorEnrolment()
  @AllowWithTemporaryPassword()
  @Query(() => CurrentUserType, { description: 'L’utilisateur connecté.' })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserType> {
    return this.auth.me(user);
  }
}
