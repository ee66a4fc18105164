import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { canSeeSensitive } from '../../core/access/person-access';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser, GqlContext } from '../../core/auth/auth.types';
import { requestLoader } from '../../core/graphql/request-loader';
import { pathwayReader } from '../certifications';
import { PersonType } from '../persons';
import { RecordReferralInput } from './dto/referral.input';
import { ReferralType } from './dto/referral.type';
import { ReferralService } from './referral.service';

@Resolver(() => PersonType)
export class PersonReferralResolver {
  constructor(private readonly service: ReferralService) {}

  @Allow(Permission.PATHWAY_WRITE)
  @Mutation(() => ReferralType, {
    description: 'Enregistre l’orientation de la personne, ou la modifie (avec la version lue).',
  })
  async recordReferral(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordReferralInput,
  ): Promise<ReferralType> {
    return ReferralType.from(await this.service.record(structureId, user.id, input), canSeeSensitive(user));
  }

  @Allow(Permission.PATHWAY_READ)
  @ResolveField(() => ReferralType, {
    nullable: true,
    description: 'L’orientation (prescripteur), si elle est enregistrée.',
  })
  async referral(@Parent() person: PersonType, @Context() ctx: GqlContext): Promise<ReferralType | null> {
    const { structureId, sensitive: seeSensitive } = pathwayReader(ctx);
    const loader = requestLoader(ctx, 'intake.referralByPerson', (ids: readonly string[]) =>
      this.service.byPersons(structureId, ids),
    );
    const referral = await loader.load(person.id);
    return referral ? ReferralType.from(referral, seeSensitive) : null;
  }
}
